package dev.awardgraph.transfer;

import java.util.List;
import java.util.Map;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.dataset.DatasetException;
import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.dataset.GraphHasher;
import dev.awardgraph.security.Caller;
import graphql.GraphQLContext;

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
	private final AuditLog audit;

	ImportController(DatasetLoader loader, GraphHasher hasher, AuditLog audit) {
		this.loader = loader;
		this.hasher = hasher;
		this.audit = audit;
	}

	@MutationMapping
	ImportReport importDataset(@Argument String location, GraphQLContext context) {
		long started = System.nanoTime();
		String before = hasher.summarise().hash();
		// server-side files only: no http: or other URL the resource loader would fetch
		if (!location.startsWith("file:") && !location.startsWith("classpath:")) {
			return ImportReport.refused(location, List.of("location must be a server directory 'file:/path/' or "
					+ "'classpath:folder/', not '" + location + "'"), before, before, started);
		}
		try {
			DatasetLoader.LoadReport report = loader.load(location);
			// after the load's own transaction: an import is recorded once it has happened
			Caller caller = context.get(Caller.class);
			audit.record(caller == null ? "unknown" : caller.name(), "IMPORT", List.of(), Map.of("location", location,
					"hashBefore", before, "hashAfter", report.hash(), "nodes", report.nodes(),
					"relationships", report.relationships()), null, null);
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
