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
	 * award and four years, 41% of them re-checking the award). When awards are given the statement walks in from
	 * them (an index seek and their conferrals only), so their condition is already met; without them it starts
	 * from the year index or the label.
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
		if (categories != null) {
			conditions.add("EXISTS { (c)-[:IN_CATEGORY]->(x) WHERE x.id IN $categories }");
		}
		if (lists != null) {
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
		if (recipient != null) {
			conditions.add("""
					(EXISTS { (c)-[:RECIPIENT]->(x) WHERE x.id = $recipient }
					 OR EXISTS { (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(x) WHERE x.id = $recipient })""");
		}
		String where = conditions.isEmpty() ? "" : "WHERE " + String.join("\n  AND ", conditions) + "\n";
		return awards != null ? """
				MATCH (award:Award) WHERE award.id IN $awards
				MATCH (c:Conferral)-[:OF_AWARD]->(award)
				WITH DISTINCT c
				""" + where : "MATCH (c:Conferral)\n" + where;
	}
}
