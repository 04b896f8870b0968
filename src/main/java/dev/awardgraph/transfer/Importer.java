package dev.awardgraph.transfer;

import java.util.List;
import java.util.Map;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.dataset.DatasetException;
import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.dataset.GraphHasher;

import org.springframework.stereotype.Service;

/**
 * An import, however it arrives (the importDataset mutation, an upload to POST /import): the normal loader on
 * another location (validate everything, then replace the graph in one transaction), the graph's hash before
 * and after, and an audit record once it has happened. A refused dataset is a report, not an exception.
 */
@Service
class Importer {

	private final DatasetLoader loader;
	private final GraphHasher hasher;
	private final AuditLog audit;

	Importer(DatasetLoader loader, GraphHasher hasher, AuditLog audit) {
		this.loader = loader;
		this.hasher = hasher;
		this.audit = audit;
	}

	private String hash() {
		return hasher.summarise().hash();
	}

	/**
	 * @param location where the loader reads the dataset
	 * @param shownAs  the location as the caller knows it, in the report, the audit log and, in place of
	 *                 {@code location}, in every problem
	 * @param actor    who asked, for the audit log
	 */
	ImportReport load(String location, String shownAs, String actor) {
		long started = System.nanoTime();
		String before = hash();
		try {
			DatasetLoader.LoadReport report = loader.load(location);
			audit.record(actor, "IMPORT", List.of(), Map.of("location", shownAs, "hashBefore", before, "hashAfter",
					report.hash(), "nodes", report.nodes(), "relationships", report.relationships()), null, null);
			return new ImportReport(true, shownAs, List.of(), report.files(), report.nodes(), report.relationships(), before,
					report.hash(), report.millis());
		}
		catch (DatasetException ex) {
			List<String> problems = ex.problems().stream().map(problem -> problem.replace(location, shownAs)).toList();
			return ImportReport.refused(shownAs, problems, before, hash(), started);
		}
	}

	/** An import refused before any dataset was read: the graph, and so its hash, is as it was. */
	ImportReport refused(String shownAs, String problem, long started) {
		String hash = hash();
		return ImportReport.refused(shownAs, List.of(problem), hash, hash, started);
	}
}
