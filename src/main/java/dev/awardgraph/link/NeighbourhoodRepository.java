package dev.awardgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The subgraph around an entity, grown ring by ring: each ring's new entities by id, at most as many as the cap
 * still allows (one more tells that there were more), then the edges among the kept entities, all in one
 * statement. Growing by rings keeps a hub (an award with sixty conferrals, a summit with hundreds of guests) from
 * filling the answer with far entities before near ones, and the cost is bounded by the depth, never by the
 * graph. Source nodes are left out as in paths: they are cited, not linked.
 */
@Repository
class NeighbourhoodRepository {

	/**
	 * Rings 2 and 3 are skipped (an empty frontier) when not asked for or when the ring before filled the cap.
	 * LIMIT takes no variables, so each ring reads at most $limit entities and keeps what room is left.
	 * The edges walk out of each kept entity to the kept set by node identity: matching both ends by id let the
	 * planner expand from the far end, all 12,000 incoming relationships of a hub event at 1M nodes, each with a
	 * property read (38,321 db hits for one hub's neighbourhood; 2,021 this way).
	 */
	private static final String AROUND = """
			MATCH (c:Entity {id: $id})
			CALL (c) {
			  MATCH (c)-[r]-(m:Entity) WHERE NOT m:Source AND m <> c AND type(r) IN $types
			  WITH DISTINCT m ORDER BY m.id LIMIT $limit
			  RETURN collect(m) AS found1
			}
			WITH c, found1[..$limit - 1] AS ring1, size(found1) > $limit - 1 AS truncated1
			CALL (c, ring1, truncated1) {
			  UNWIND CASE WHEN truncated1 OR $depth < 2 THEN [] ELSE ring1 END AS f
			  MATCH (f)-[r]-(m:Entity) WHERE NOT m:Source AND m <> c AND NOT m IN ring1 AND type(r) IN $types
			  WITH DISTINCT m ORDER BY m.id LIMIT $limit
			  RETURN collect(m) AS found2
			}
			WITH c, ring1, $limit - 1 - size(ring1) AS room2, found2, truncated1
			WITH c, ring1, found2[..room2] AS ring2, truncated1 OR size(found2) > room2 AS truncated2
			CALL (c, ring1, ring2, truncated2) {
			  UNWIND CASE WHEN truncated2 OR $depth < 3 THEN [] ELSE ring2 END AS f
			  MATCH (f)-[r]-(m:Entity) WHERE NOT m:Source AND m <> c AND NOT m IN ring1 AND NOT m IN ring2 AND type(r) IN $types
			  WITH DISTINCT m ORDER BY m.id LIMIT $limit
			  RETURN collect(m) AS found3
			}
			WITH c, ring1, ring2, $limit - 1 - size(ring1) - size(ring2) AS room3, found3, truncated2
			WITH [c] + ring1 + ring2 + found3[..room3] AS kept, truncated2 OR size(found3) > room3 AS truncated
			CALL (kept) {
			  UNWIND kept AS a
			  MATCH (a)-[r]->(b) WHERE b IN kept AND type(r) IN $types
			  RETURN collect({from: a.id, to: b.id, type: type(r), props: properties(r)}) AS edges
			}
			RETURN truncated, [n IN kept | %s] AS nodes, edges""".formatted(AskedProperties.projection("n"));

	/** Edges in a stable order; parallel ones (two titles at one organisation) by their properties. */
	private static final Comparator<GraphEdge> EDGE_ORDER = Comparator.comparing(GraphEdge::from)
		.thenComparing(GraphEdge::type).thenComparing(GraphEdge::to).thenComparing(e -> PathRows.canonical(e.attributes()));

	private final Neo4jClient neo4j;

	NeighbourhoodRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param depth 1 to 3
	 * @param limit the most nodes to return, the centre included
	 * @param keys the node properties to read ({@link PathRows#keys})
	 * @return empty when no entity has the id
	 */
	Optional<Neighbourhood> around(String id, int depth, List<String> types, int limit, List<String> keys) {
		return neo4j.query(AROUND)
			.bindAll(Map.of("id", id, "depth", depth, "types", types, "limit", limit, "keys", keys))
			.fetchAs(Neighbourhood.class)
			.mappedBy((t, row) -> {
				List<Node> nodes = row.get("nodes").asList(n -> AskedProperties.node(keys, n));
				Map<String, Node> byId = new HashMap<>();
				nodes.forEach(n -> byId.put(n.id(), n));
				List<GraphEdge> edges = new ArrayList<>(row.get("edges").asList(e -> {
					Map<String, Object> props = e.get("props").asMap();
					String from = e.get("from").asString();
					String to = e.get("to").asString();
					String type = e.get("type").asString();
					return new GraphEdge(from, to, type, props, Explanations.explain(type, byId.get(from), byId.get(to), props));
				}));
				edges.sort(EDGE_ORDER);
				return new Neighbourhood(nodes.get(0), depth, nodes, List.copyOf(edges), row.get("truncated").asBoolean(), limit);
			})
			.one();
	}
}
