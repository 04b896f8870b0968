package dev.awardgraph.winner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.relationship.EdgePrefetch;
import dev.awardgraph.support.Connection;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Who won what. Each question is one Cypher statement that returns the total and the asked page together. */
@Repository
class WinnerRepository {

	/** Who holds a conferral: its recipient, or the lead/co-applicants of the project it honours. */
	private static final String HOLDERS = """
			CALL (c) {
			  MATCH (c)-[:RECIPIENT]->(holder:Entity) RETURN holder, 'RECIPIENT' AS role, null AS project
			  UNION
			  MATCH (c)-[:RECIPIENT]->(project:Project)-[r:LEAD_APPLICANT|CO_APPLICANT]->(holder:Entity)
			  RETURN holder, type(r) AS role, project
			}
			""";

	/** The order of a page of conferrals; the same keys in every statement below. */
	private static final String ORDER = """
			WITH c, COLLECT { MATCH (c)-[:OF_AWARD]->(a) RETURN a.name }[0] AS award,
			     COLLECT { MATCH (c)-[l:LISTED_IN]->() RETURN l.order }[0] AS position
			ORDER BY CASE $order WHEN 'YEAR_DESC' THEN -coalesce(c.year, -100000)
			                     WHEN 'YEAR_ASC' THEN coalesce(c.year, 100000) ELSE 0 END,
			         award, CASE $order WHEN 'LIST_ORDER' THEN coalesce(c.year, 100000) ELSE 0 END,
			         position, c.id
			""";

	/**
	 * For each year order (by the name of its schema enum value): the direction in which the year index is read to
	 * find the year of the page's last conferral, and the test that keeps the conferrals of that year and before it
	 * in the order. A dated conferral always comes before an undated one, so with that many dated ones the undated
	 * are not needed.
	 */
	private static final Map<String, LastYear> LAST_YEAR = Map.of(
			"YEAR_DESC", new LastYear("DESC", "c.year >= last"),
			"YEAR_ASC", new LastYear("ASC", "c.year <= last"));

	private record LastYear(String direction, String keep) {
	}

	private final Neo4jClient neo4j;

	WinnerRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * A page of conferrals, each with what the query asks of it read in the same statement
	 * ({@link EdgePrefetch#ENTITY_OF_N}, read back by {@link EdgePrefetch#prime}).
	 */
	PageOf<Value> conferrals(ConferralFilter filter, String order, Connection.Window window, EdgePrefetch prefetch) {
		Map<String, Object> params = filter.parameters();
		params.put("order", order);
		params.putAll(prefetch.parameters());
		window(params, window);
		return neo4j.query(!filter.anchored() && LAST_YEAR.containsKey(order)
				? byLastYear(filter.match(), LAST_YEAR.get(order)) : whole(filter.match()))
			.bindAll(params)
			.fetchAs(PageOf.class)
			.mappedBy((types, r) -> new PageOf<>(r.get("total").asLong(), r.get("page").asList(v -> v)))
			.one().map(WinnerRepository::<Value>cast).orElseThrow();
	}

	/**
	 * Every matching conferral ordered, then the page: for the conferrals of some awards, a recipient, lists or
	 * categories, which the statement walks in from ({@link ConferralFilter#anchored()}), and for the list order.
	 */
	private static String whole(String match) {
		return match + ORDER + """
				WITH collect(c) AS rows
				RETURN size(rows) AS total, [n IN rows[$offset..$end] | %s] AS page""".formatted(EdgePrefetch.ENTITY_OF_N);
	}

	/**
	 * The total, then the page's last year read from the year index in order, then only the conferrals up to that
	 * year ordered. Without awards the match starts from every conferral, and ordering them all took 3.3-4.8 s a page
	 * at 1M nodes (295,342 conferrals, about 14,000 a year; docs/benchmarks.md). The page is read inside the last
	 * subquery: read after it, from a list of the subquery's nodes, Neo4j 5.26's planner fails its own check on
	 * cached properties (seen with assertions on, as in the tests).
	 */
	private static String byLastYear(String match, LastYear lastYear) {
		return """
				CALL () { %1$s RETURN count(c) AS total }
				CALL () {
				  %1$s WITH c WHERE c.year IS NOT NULL
				  WITH c.year AS year ORDER BY year %2$s SKIP CASE WHEN $end > 0 THEN $end - 1 ELSE 0 END LIMIT 1
				  RETURN collect(year)[0] AS last
				}
				CALL (last) {
				  %1$s WITH c WHERE last IS NULL OR %3$s
				  %4$s SKIP $offset LIMIT $end - $offset
				  WITH c AS n
				  RETURN collect(%5$s) AS page
				}
				RETURN total, page""".formatted(match, lastYear.direction(), lastYear.keep(), ORDER, EdgePrefetch.ENTITY_OF_N);
	}

	PageOf<Honour> honours(String id, boolean includeUnits, Connection.Window window) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("includeUnits", includeUnits);
		window(params, window);
		return neo4j.query("""
				MATCH (root:Entity {id: $id})
				CALL (root) {
				  RETURN root AS holder
				  UNION
				  MATCH (holder:Organisation)-[:PART_OF*1..6]->(root) WHERE $includeUnits RETURN holder
				}
				WITH DISTINCT holder
				CALL (holder) {
				  MATCH (c:Conferral)-[:RECIPIENT]->(holder) RETURN c, 'RECIPIENT' AS role, null AS project
				  UNION
				  MATCH (c:Conferral)-[:RECIPIENT]->(project:Project)-[r:LEAD_APPLICANT|CO_APPLICANT]->(holder)
				  RETURN c, type(r) AS role, project
				}
				WITH c, holder, role, project
				ORDER BY coalesce(c.year, -100000) DESC, c.id, holder.id, role
				WITH collect({c: c, holder: holder, role: role, project: project}) AS rows
				RETURN size(rows) AS total,
				       [x IN rows[$offset..$end] | {
				         conferral: {props: properties(x.c), labels: labels(x.c)},
				         holder: {props: properties(x.holder), labels: labels(x.holder)},
				         role: x.role,
				         project: CASE WHEN x.project IS NULL THEN null
				                       ELSE {props: properties(x.project), labels: labels(x.project)} END}] AS page""")
			.bindAll(params)
			.fetchAs(PageOf.class)
			.mappedBy((types, r) -> new PageOf<>(r.get("total").asLong(), r.get("page").asList(WinnerRepository::honour)))
			.one().map(WinnerRepository::<Honour>cast).orElseGet(() -> new PageOf<>(0, List.of()));
	}

	/**
	 * Entities (credited with their units' honours when asked) that hold a conferral in every one of the sets
	 * (lists or awards), with those conferrals.
	 */
	List<CommonHonour> honouredInAll(List<String> sets, boolean includeUnits) {
		Map<String, Object> params = new HashMap<>();
		params.put("sets", sets);
		params.put("includeUnits", includeUnits);
		return neo4j.query("""
				UNWIND $sets AS set
				MATCH (c:Conferral)-[:LISTED_IN|OF_AWARD]->(:Entity {id: set})
				""" + HOLDERS + """
				CALL (holder) {
				  RETURN holder AS credited
				  UNION
				  MATCH (holder)-[:PART_OF*1..6]->(credited:Organisation) WHERE $includeUnits RETURN credited
				}
				WITH credited, set, collect(DISTINCT c) AS found
				WITH credited, count(set) AS sets, collect(found) AS groups
				WHERE sets = size($sets)
				WITH credited, reduce(acc = [], g IN groups | acc + [x IN g WHERE NOT x IN acc]) AS conferrals
				ORDER BY credited.name, credited.id
				RETURN {props: properties(credited), labels: labels(credited)} AS entity,
				       [x IN conferrals | {props: properties(x), labels: labels(x)}] AS conferrals""")
			.bindAll(params)
			.fetchAs(CommonHonour.class)
			.mappedBy((types, r) -> new CommonHonour(Node.of(r.get("entity")), r.get("conferrals").asList(Node::of)))
			.all().stream().toList();
	}

	private static Honour honour(Value v) {
		return new Honour(Node.of(v.get("conferral")), Node.of(v.get("holder")), v.get("role").asString(),
				Node.of(v.get("project")));
	}

	private static void window(Map<String, Object> params, Connection.Window window) {
		params.put("offset", window.offset());
		params.put("end", window.offset() + window.size());
	}

	@SuppressWarnings("unchecked")
	private static <T> PageOf<T> cast(PageOf<?> page) {
		return (PageOf<T>) page;
	}

	/** A page of items and the total they were taken from. */
	record PageOf<T>(long total, List<T> items) {
	}

	record Honour(Node conferral, Node holder, String role, Node project) {
	}

	record CommonHonour(Node entity, List<Node> conferrals) {
	}
}
