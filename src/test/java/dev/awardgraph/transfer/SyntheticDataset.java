package dev.awardgraph.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A valid dataset of any size in the data/ format, unlike the seed graph: {@code organisations} organisations in
 * a PART_OF hierarchy (explicit relationship records) and half as many projects, each with a lead applicant and
 * three ordered co-applicants (reference fields). About 1.5 nodes and 3 relationships per organisation.
 */
final class SyntheticDataset {

	private SyntheticDataset() {
	}

	/** @return the number of nodes written */
	static int write(Path dir, int organisations) throws IOException {
		Files.createDirectories(dir.resolve("entities"));
		Files.createDirectories(dir.resolve("facts"));
		Files.writeString(dir.resolve("sources.yaml"), """
				nodes:
				  - {id: src/synthetic, label: Source, name: 合成数据集, title: 合成数据集（测试）, kind: REPORT}
				""", StandardCharsets.UTF_8);
		StringBuilder orgs = new StringBuilder("nodes:\n");
		StringBuilder parts = new StringBuilder("relationships:\n");
		for (int i = 0; i < organisations; i++) {
			orgs.append("  - {id: org/syn-").append(i).append(", label: Organisation, name: 合成机构").append(i)
				.append("有限公司, aliases: [合成").append(i).append(", Synth ").append(i)
				.append("], kind: COMPANY, sources: [src/synthetic]}\n");
			if (i >= 10) {
				parts.append("  - {from: org/syn-").append(i).append(", type: PART_OF, to: org/syn-").append(i / 10)
					.append(", relation: SUBSIDIARY, sources: [src/synthetic]}\n");
			}
		}
		StringBuilder projects = new StringBuilder("nodes:\n");
		int count = organisations / 2;
		for (int p = 0; p < count; p++) {
			int lead = (p * 7) % organisations;
			projects.append("  - {id: proj/syn-").append(p).append(", label: Project, name: 合成项目").append(p)
				.append(", kind: ACHIEVEMENT, lead: org/syn-").append(lead).append(", coApplicants: [");
			for (int c = 1; c <= 3; c++) {
				projects.append(c > 1 ? ", " : "").append("org/syn-").append((lead + c * 13) % organisations);
			}
			projects.append("], sources: [src/synthetic]}\n");
		}
		Files.writeString(dir.resolve("entities/organisations.yaml"), orgs, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("entities/projects.yaml"), projects, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("facts/part-of.yaml"), parts, StandardCharsets.UTF_8);
		return 1 + organisations + count;
	}
}
