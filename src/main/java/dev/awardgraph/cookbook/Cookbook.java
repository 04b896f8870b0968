package dev.awardgraph.cookbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/queries.md as data: sections of entries, each a question, its GraphQL query and the answer from the seed
 * graph. One parser serves the test that keeps the page true and the GraphiQL page that offers the queries.
 */
public record Cookbook(String preamble, List<Entry> entries) {

	public record Entry(String section, String question, String query, String answer) {
	}

	private static final Pattern PART = Pattern.compile(
			"^## (?<section>[^\\n]+)$|^### (?<question>[^\\n]+)\\n+```graphql\\n(?<query>.*?)```\\n+```json\\n(?<answer>.*?)```",
			Pattern.MULTILINE | Pattern.DOTALL);

	public static Cookbook parse(String markdown) {
		Matcher m = PART.matcher(markdown);
		List<Entry> entries = new ArrayList<>();
		String section = "";
		int preambleEnd = -1;
		while (m.find()) {
			if (preambleEnd < 0) {
				preambleEnd = m.start();
			}
			if (m.group("section") != null) {
				section = m.group("section").strip();
			}
			else {
				entries.add(new Entry(section, m.group("question").strip(), m.group("query").strip(), m.group("answer").strip()));
			}
		}
		return new Cookbook(preambleEnd < 0 ? markdown : markdown.substring(0, preambleEnd), entries);
	}

	/** The page again, with each entry's query and answer passed through the given functions. */
	public String render(UnaryOperator<String> query, UnaryOperator<Entry> answer) {
		StringBuilder page = new StringBuilder(preamble);
		String section = null;
		for (Entry entry : entries) {
			if (!entry.section().equals(section)) {
				section = entry.section();
				page.append("## ").append(section).append("\n\n");
			}
			page.append("### ").append(entry.question()).append("\n\n```graphql\n").append(query.apply(entry.query()).strip())
				.append("\n```\n\n```json\n").append(answer.apply(entry).answer().strip()).append("\n```\n\n");
		}
		return page.toString().stripTrailing() + "\n";
	}
}
