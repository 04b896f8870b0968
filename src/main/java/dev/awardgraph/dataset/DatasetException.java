package dev.awardgraph.dataset;

import java.util.List;

/** A dataset refused on load: every problem names its file and record. Nothing was written. */
public class DatasetException extends RuntimeException {

	private final List<String> problems;

	public DatasetException(List<String> problems) {
		super("dataset refused, nothing was written (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
				+ "):\n  " + String.join("\n  ", problems.subList(0, Math.min(problems.size(), 50)))
				+ (problems.size() > 50 ? "\n  ..." : ""));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}
}
