package dev.awardgraph.link;

import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.AskedProperties;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * What two entities share, in two statements whatever the answer's size. Shared things come least connected
 * first (an agreement both signed says more than a summit both attended), then by id; each side's paths by
 * the ids along them, then the relationship types and properties (parallel relationships
 * such as two titles at one organisation have no id to sort by). Source nodes are not shared things: every fact cites one.
 */
@Repository
class CommonLinkRepository {

	/** Entities directly linked to both, with every relationship on each side as a one-hop path. */
	private static final String NEIGHBOURS = """
			MATCH (a:Entity {id: $a})-[]-(n:Entity)-[]-(b:Entity {id: $b})
			WHERE NOT n:Source AND n <> a AND n <> b
			WITH DISTINCT a, n, b
			ORDER BY COUNT { (n)--() }, n.id
			LIMIT $first
			CALL (a, n) {
			  MATCH p = (a)-[]-(n)
			  RETURN collect(%1$s) AS fromA
			}
			CALL (b, n) {
			  MATCH p = (b)-[]-(n)
			  RETURN collect(%1$s) AS fromB
			}
			RETURN %2$s AS node, fromA, fromB""".formatted(PathRows.PROJECTION, AskedProperties.projection("n"));

	/**
	 * Awards, categories, lists and events reached through a conferral each received (directly, or as a
	 * project it led or co-applied for), or linked directly (an event spoken at, a list ranked in). Things
	 * both reach only directly are neighbours, not honours.
	 */
	private static final String HONOURS = """
			MATCH (x:Entity) WHERE x.id IN [$a, $b]
			CALL (x) {
			  MATCH p = (x)<-[:RECIPIENT]-(:Conferral)-[:OF_AWARD|IN_CATEGORY|LISTED_IN|PRESENTED_AT]->(t:Entity)
			  RETURN p, t
			  UNION
			  MATCH p = (x)<-[:LEAD_APPLICANT|CO_APPLICANT]-(:Project)<-[:RECIPIENT]-(:Conferral)
			            -[:OF_AWARD|IN_CATEGORY|LISTED_IN|PRESENTED_AT]->(t:Entity)
			  RETURN p, t
			  UNION
			  MATCH p = (x)-[]-(t:Entity) WHERE t:Event OR t:Award OR t:AwardList
			  RETURN p, t
			}
			WITH t, x.id AS side, p ORDER BY [n IN nodes(p) | n.id]
			WITH t, collect(CASE WHEN side = $a THEN p END) AS pa, collect(CASE WHEN side = $b THEN p END) AS pb
			WHERE size(pa) > 0 AND size(pb) > 0 AND any(p IN pa + pb WHERE length(p) > 1)
			WITH t, pa, pb ORDER BY COUNT { (t)--() }, t.id
			LIMIT $first
			RETURN %2$s AS node,
			       [p IN pa[..$first] | %1$s] AS fromA, [p IN pb[..$first] | %1$s] AS fromB"""
		.formatted(PathRows.PROJECTION, AskedProperties.projection("t"));

	private final Neo4jClient neo4j;

	CommonLinkRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** @param keys the node properties to read ({@link PathRows#keys}) */
	List<SharedLink> neighbours(String a, String b, int first, List<String> keys) {
		return shared(NEIGHBOURS, a, b, first, keys);
	}

	/** @param keys the node properties to read ({@link PathRows#keys}) */
	List<SharedLink> honours(String a, String b, int first, List<String> keys) {
		return shared(HONOURS, a, b, first, keys);
	}

	@SuppressWarnings("unchecked")
	private List<SharedLink> shared(String statement, String a, String b, int first, List<String> keys) {
		return neo4j.query(statement)
			.bindAll(Map.of("a", a, "b", b, "first", first, "keys", keys))
			.fetch().all().stream()
			.map(row -> new SharedLink(AskedProperties.node(keys, (Map<String, Object>) row.get("node")),
					PathRows.sorted(PathRows.paths(keys, row.get("fromA"))),
					PathRows.sorted(PathRows.paths(keys, row.get("fromB")))))
			.toList();
	}
}
