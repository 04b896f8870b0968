package dev.awardgraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.awardgraph.bench.SyntheticGraph;
import dev.awardgraph.search.NameKeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generator: deterministic, and what it writes is a dataset the real loader accepts. */
class SyntheticDatasetTest {

	@Test
	void sameSeedGivesTheSameDatasetAndAnotherSeedAnother() {
		String first = SyntheticGraph.hash(SyntheticGraph.generate(1_500, 42));
		String again = SyntheticGraph.hash(SyntheticGraph.generate(1_500, 42));
		String other = SyntheticGraph.hash(SyntheticGraph.generate(1_500, 43));

		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
	}

	@Test
	void writtenYamlPassesTheRealReaderAndValidatorWithTheSeedGraphsShape(@TempDir Path dir) {
		List<SyntheticGraph.File> generated = SyntheticGraph.generate(1_500, 7);
		SyntheticGraph.writeYaml(generated, dir);

		List<String> problems = new ArrayList<>();
		List<DatasetFile> files = new DatasetReader().read("file:" + dir + "/", problems);
		Dataset dataset = new DatasetValidator(new NameKeys()).validate(files, problems);

		assertThat(problems).isEmpty();
		assertThat(dataset.nodes()).hasSizeBetween(1_400, 1_600);
		assertThat(dataset.equals(BulkLoad.validate(generated))).as("same rows as the bulk path").isTrue();
		Map<String, Long> types = dataset.relationships().stream()
			.collect(Collectors.groupingBy(Dataset.RelationshipRow::type, Collectors.counting()));
		assertThat(types).containsKeys("PART_OF", "HOLDS_POSITION", "SPOKE_AT", "LEAD_APPLICANT", "CO_APPLICANT",
				"RECIPIENT", "LISTED_IN", "IN_CATEGORY", "OF_AWARD", "CATEGORY_OF", "LIST_OF", "PARTICIPATED_IN");
		assertThat(dataset.relationships()).allSatisfy(r -> assertThat((List<?>) r.properties().get("sources")).isNotEmpty());
		assertThat(dataset.nodes()).filteredOn(n -> n.label().equals("Organisation"))
			.allSatisfy(n -> assertThat((List<?>) n.properties().get("keys")).hasSizeGreaterThanOrEqualTo(2));
	}
}
