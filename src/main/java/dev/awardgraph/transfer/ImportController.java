package dev.awardgraph.transfer;

import java.util.List;

import dev.awardgraph.dataset.DatasetException;
import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.dataset.GraphHasher;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Import = the normal loader on another location (validate everything, then replace the graph in one
 * transaction). ADMIN only, by the schema's {@code @requires}; a refused dataset is an answer, not an error.
 */
@Controller
class ImportController {

	private final DatasetLoader loader;
	private final GraphHasher hasher;

	ImportController(DatasetLoader loader, GraphHasher hasher) {
		this.loader = loader;
		this.hasher = hasher;
	}

	@MutationMapping
	ImportReport importDataset(@Argument String location) {
		long started = System.nanoTime();
		String before = hasher.summarise().hash();
		// server-side files only: no http: or other URL the resource loader would fetch
		if (!location.startsWith("file:") && !location.startsWith("classpath:")) {
			return ImportReport.refused(location, List.of("location must be a server directory 'file:/path/' or "
					+ "'classpath:folder/', not '" + location + "'"), before, before, started);
		}
		try {
			DatasetLoader.LoadReport report = loader.load(location);
			return new ImportReport(true, location, List.of(), report.files(), report.nodes(), report.relationships(),
					before, report.hash(), report.millis());
		}
		catch (DatasetException ex) {
			return ImportReport.refused(location, ex.problems(), before, hasher.summarise().hash(), started);
		}
	}

	record ImportReport(boolean imported, String location, List<String> problems, int files, int nodes,
			int relationships, String hashBefore, String hash, long millis) {

		static ImportReport refused(String location, List<String> problems, String before, String now, long started) {
			return new ImportReport(false, location, problems, 0, 0, 0, before, now, (System.nanoTime() - started) / 1_000_000);
		}
	}
}
