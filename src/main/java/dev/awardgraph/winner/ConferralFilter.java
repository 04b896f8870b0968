package dev.awardgraph.winner;

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

	/** The Cypher parameters of {@link #MATCH}. */
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
	 * Matches {@code c}, the conferrals passing the filter. A project's "organisation kind" is its lead
	 * applicant's, and a recipient filter also finds the projects the entity applied for: what an analyst means
	 * by "conferrals of companies" or "what did 中国电信 win".
	 */
	public static final String MATCH = """
			MATCH (c:Conferral)
			WHERE """ + conditions();

	/**
	 * {@link #MATCH} starting from the awards asked for. A condition of the form {@code $x IS NULL OR ...} cannot
	 * use an index, so the planner scans every conferral and runs the subqueries on each (PROFILE: NodeByLabelScan
	 * on Conferral); when awards are given, walking in from them touches only their conferrals.
	 */
	public static final String MATCH_BY_AWARD = """
			MATCH (award:Award) WHERE award.id IN $awards
			MATCH (c:Conferral)-[:OF_AWARD]->(award)
			WITH DISTINCT c
			WHERE """ + conditions();

	/** The statement start that answers this filter: {@link #MATCH_BY_AWARD} when awards are given. */
	public String match() {
		return awards != null ? MATCH_BY_AWARD : MATCH;
	}

	private static String conditions() {
		return """
			($year IS NULL OR c.year = $year)
			  AND ($yearFrom IS NULL OR c.year >= $yearFrom) AND ($yearTo IS NULL OR c.year <= $yearTo)
			  AND ($awards IS NULL OR EXISTS { (c)-[:OF_AWARD]->(x) WHERE x.id IN $awards })
			  AND ($categories IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(x) WHERE x.id IN $categories })
			  AND ($lists IS NULL OR EXISTS { (c)-[:LISTED_IN]->(x) WHERE x.id IN $lists })
			  AND ($recipientLabel IS NULL OR EXISTS { (c)-[:RECIPIENT]->(x) WHERE $recipientLabel IN labels(x) })
			  AND ($organisationKind IS NULL
			       OR EXISTS { (c)-[:RECIPIENT]->(x:Organisation) WHERE x.kind = $organisationKind }
			       OR EXISTS { (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT]->(x:Organisation) WHERE x.kind = $organisationKind })
			  AND ($recipient IS NULL
			       OR EXISTS { (c)-[:RECIPIENT]->(x) WHERE x.id = $recipient }
			       OR EXISTS { (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(x) WHERE x.id = $recipient })
			""";
	}
}
