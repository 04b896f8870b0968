package dev.awardgraph.link;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Shortest paths between two entities. A variable-length bound cannot be a Cypher parameter, so there is one
 * constant statement per hop count, built at start from integers only; every value a user gives is a
 * parameter.
 *
 * <p>Source nodes are never on a path: PUBLISHED_BY would join everything one publisher published. Among
 * paths of equal length the most specific come first: the fewer relationships the nodes in between have, the
 * more a path says (two companies linked through a shared project beat two linked through a summit with
 * hundreds of guests); ties are broken by the ids along the path, so the order is stable.
 */
@Repository
class PathRepository {

	/** allShortestPaths can be combinatorial around hubs; rank at most this many before taking the first. */
	private static final int CANDIDATES = 1000;

	/** Tells, in the same statement, whether each end exists. */
	private static final String TEMPLATE = """
			OPTIONAL MATCH (a:Entity {id: $from})
			OPTIONAL MATCH (b:Entity {id: $to})
			CALL (a, b) {
			  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
			  MATCH p = allShortestPaths((a)-[*..%d]-(b))
			  WHERE all(n IN nodes(p) WHERE NOT n:Source) AND all(r IN relationships(p) WHERE type(r) IN $types)
			  WITH p LIMIT $candidates
			  WITH p, reduce(degrees = 0, n IN nodes(p)[1..-1] | degrees + COUNT { (n)--() }) AS hubness
			  ORDER BY hubness, [n IN nodes(p) | n.id]
			  LIMIT $first
			  RETURN collect(%s) AS paths
			}
			RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths""";

	private final Neo4jClient neo4j;
	private final Map<Integer, String> statements;

	PathRepository(Neo4jClient neo4j, LinkProperties properties) {
		this.neo4j = neo4j;
		this.statements = IntStream.rangeClosed(1, properties.maxHops()).boxed()
			.collect(Collectors.toUnmodifiableMap(hops -> hops, hops -> TEMPLATE.formatted(hops, PathRows.PROJECTION)));
	}

	/**
	 * The shortest paths, and whether each end exists: one statement tells both, and an unknown id is refused
	 * by the caller, not answered "no path".
	 */
	record Search(boolean fromFound, boolean toFound, List<Path> paths) {
	}

	/**
	 * @param types the relationship types a path may use (already validated against the model)
	 * @param keys the node properties to read ({@link PathRows#keys})
	 */
	Search shortestPaths(String from, String to, int maxHops, List<String> types, int first, List<String> keys) {
		String statement = statements.get(maxHops);
		if (statement == null) {
			throw new IllegalArgumentException("maxHops must be between 1 and " + statements.size() + " (got " + maxHops + ")");
		}
		Map<String, Object> row = neo4j.query(statement)
			.bindAll(Map.of("from", from, "to", to, "types", types, "first", first, "candidates", CANDIDATES, "keys", keys))
			.fetch().one().orElseThrow();
		return new Search(Boolean.TRUE.equals(row.get("fromFound")), Boolean.TRUE.equals(row.get("toFound")),
				PathRows.paths(keys, row.get("paths")));
	}
}
