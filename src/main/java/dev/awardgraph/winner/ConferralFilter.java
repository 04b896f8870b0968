package dev.awardgraph.winner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The GraphQL input {@code ConferralFilter}; absent conditions are null and match everything. */
public record ConferralFilter(List<String> awards, Integer year, Integer yearFrom, Integer yearTo,
		List<String> categories, List<String> lists, String recipientLabel, String organisationKind, String recipient) {

	static final ConferralFilter NONE = new ConferralFilter(null, null, null, null, null, null, null, null, null);

	public static ConferralFilter orNone(ConferralFilter filter) {
		return filter == null ? NONE : filter;
	}

	/** The Cypher parameters of {@link #match()}. */
	public Map<String, Object> parameters() {
		if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
			throw new IllegalArgumentException("filter: yearFrom (" + yearFrom + ") is after yearTo (" + yearTo + ")");
		}
		Map<String, Object> params = new HashMap<>();
		params.put("awards", awards);
		params.put("year", year);
		params.put("yearFrom", yearFrom);
		params.put("yearTo", yearTo);
		params.put("categories", categories);
		params.put("lists", lists);
		params.put("recipientLabel", recipientLabel);
		params.put("organisationKind", organisationKind);
		params.put("recipient", recipient);
		return params;
	}

	/**
	 * The statement start that matches {@code c}, the conferrals passing the filter, with the values as
	 * {@link #parameters()}. A project's "organisation kind" is its lead applicant's, and a recipient filter also
	 * finds the projects the entity applied for: what an analyst means by "conferrals of companies" or "what did
	 * 中国电信 win".
	 *
	 * <p>Only the conditions given are written, each a fixed fragment. Written as {@code $x IS NULL OR …}, every
	 * condition became a semi-apply run on every conferral of the award (PROFILE at 10k: 7,602 db hits for one
	 * award and four years, 41% of them re-checking the award). The statement walks in from the first of awards,
	 * recipient, lists and categories given ({@link #anchored()}), whose condition is then met; tested conferral by
	 * conferral, a recipient took 3.5-3.9 s and a list or a category 1.4-1.7 s at 1M nodes (docs/benchmarks.md).
	 * Without any of them it starts from the year index or the label.
	 */
	public String match() {
		List<String> conditions = new ArrayList<>();
		if (year != null) {
			conditions.add("c.year = $year");
		}
		if (yearFrom != null) {
			conditions.add("c.year >= $yearFrom");
		}
		if (yearTo != null) {
			conditions.add("c.year <= $yearTo");
		}
		Anchor anchor = anchor();
		if (categories != null && anchor != Anchor.CATEGORIES) {
			conditions.add("EXISTS { (c)-[:IN_CATEGORY]->(x) WHERE x.id IN $categories }");
		}
		if (lists != null && anchor != Anchor.LISTS) {
			conditions.add("EXISTS { (c)-[:LISTED_IN]->(x) WHERE x.id IN $lists }");
		}
		if (recipientLabel != null) {
			conditions.add("EXISTS { (c)-[:RECIPIENT]->(x) WHERE $recipientLabel IN labels(x) }");
		}
		if (organisationKind != null) {
			conditions.add("""
					(EXISTS { (c)-[:RECIPIENT]->(x:Organisation) WHERE x.kind = $organisationKind }
					 OR EXISTS { (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT]->(x:Organisation) WHERE x.kind = $organisationKind })""");
		}
		if (recipient != null && anchor != Anchor.RECIPIENT) {
			conditions.add("""
					(EXISTS { (c)-[:RECIPIENT]->(x) WHERE x.id = $recipient }
					 OR EXISTS { (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(x) WHERE x.id = $recipient })""");
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions) + "\n";
		return (anchor == null ? "MATCH (c:Conferral)\n" : anchor.start) + where;
	}

	/** Whether the statement walks in from entities the filter names rather than from every conferral. */
	public boolean anchored() {
		return anchor() != null;
	}

	private Anchor anchor() {
		return awards != null ? Anchor.AWARDS : recipient != null ? Anchor.RECIPIENT : lists != null ? Anchor.LISTS
				: categories != null ? Anchor.CATEGORIES : null;
	}

	/** The entities a statement can walk in from, each with the start that matches their conferrals as {@code c}. */
	private enum Anchor {

		AWARDS("""
				MATCH (award:Award) WHERE award.id IN $awards
				MATCH (c:Conferral)-[:OF_AWARD]->(award)
				WITH DISTINCT c
				"""),
		RECIPIENT("""
				MATCH (x:Entity {id: $recipient})
				CALL (x) {
				  MATCH (c:Conferral)-[:RECIPIENT]->(x) RETURN c
				  UNION
				  MATCH (c:Conferral)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(x) RETURN c
				}
				WITH DISTINCT c
				"""),
		LISTS("""
				MATCH (x:Entity) WHERE x.id IN $lists
				MATCH (c:Conferral)-[:LISTED_IN]->(x)
				WITH DISTINCT c
				"""),
		CATEGORIES("""
				MATCH (x:Entity) WHERE x.id IN $categories
				MATCH (c:Conferral)-[:IN_CATEGORY]->(x)
				WITH DISTINCT c
				""");

		private final String start;

		Anchor(String start) {
			this.start = start;
		}
	}
}
