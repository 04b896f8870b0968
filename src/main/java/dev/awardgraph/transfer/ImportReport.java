package dev.awardgraph.transfer;

import java.util.List;

/** What an import did, or why it was refused (GraphQL type ImportReport; also the body of POST /import). */
record ImportReport(boolean imported, String location, List<String> problems, int files, int nodes, int relationships,
		String hashBefore, String hash, long millis) {

	static ImportReport refused(String location, List<String> problems, String before, String now, long started) {
		return new ImportReport(false, location, problems, 0, 0, 0, before, now, (System.nanoTime() - started) / 1_000_000);
	}
}
