package dev.awardgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The subgraph around an entity, grown ring by ring: one statement per ring (its new entities, by id, at most
 * as many as the cap still allows plus one to tell that there were more), then one for the edges among the
 * kept entities. Growing by rings keeps a hub (an award with sixty conferrals, a summit with hundreds of
 * guests) from filling the answer with far entities before near ones, and the cost is bounded by the depth,
 * never by the graph. Source nodes are left out as in paths: they are cited, not linked.
 */
@Repository
class NeighbourhoodRepository {

	private static final String RING = """
			MATCH (f:Entity) WHERE f.id IN $frontier
			MATCH (f)-[r]-(m:Entity)
			WHERE NOT m:Source AND NOT m.id IN $seen AND type(r) IN $types
			WITH DISTINCT m ORDER BY m.id LIMIT $limit
			RETURN properties(m) AS props, labels(m) AS labels""";

	// From each kept entity's outgoing relationships to the kept set by node identity. Matching both ends by id
	// let the planner expand from the far end: all 12,000 incoming relationships of a hub event at 1M nodes,
	// each with a property read (38,321 db hits for one hub's neighbourhood; 2,021 this way).
	private static final String EDGES = """
			MATCH (n:Entity) WHERE n.id IN $ids
			WITH collect(n) AS kept
			UNWIND kept AS a
			MATCH (a)-[r]->(b)
			WHERE b IN kept AND type(r) IN $types
			RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props""";

	/** Edges in a stable order; parallel ones (two titles at one organisation) by their properties. */
	private static final Comparator<GraphEdge> EDGE_ORDER = Comparator.comparing(GraphEdge::from)
		.thenComparing(GraphEdge::type).thenComparing(GraphEdge::to).thenComparing(e -> PathRows.canonical(e.attributes()));

	private final Neo4jClient neo4j;

	NeighbourhoodRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** @param limit the most nodes to return, the centre included */
	Neighbourhood around(Node center, int depth, List<String> types, int limit) {
		Map<String, Node> kept = new LinkedHashMap<>();
		kept.put(center.id(), center);
		List<String> frontier = List.of(center.id());
		boolean truncated = false;
		for (int ring = 1; ring <= depth && !frontier.isEmpty(); ring++) {
			int room = limit - kept.size();
			List<Node> found = ring(frontier, kept.keySet(), types, room + 1);
			truncated = found.size() > room;
			List<Node> next = found.subList(0, Math.min(room, found.size()));
			next.forEach(n -> kept.put(n.id(), n));
			frontier = next.stream().map(Node::id).toList();
			if (truncated) {
				break;
			}
		}
		return new Neighbourhood(center, depth, List.copyOf(kept.values()), edges(kept.keySet(), kept, types),
				truncated, limit);
	}

	private List<Node> ring(List<String> frontier, Set<String> seen, List<String> types, int limit) {
		return neo4j.query(RING)
			.bindAll(Map.of("frontier", frontier, "seen", List.copyOf(seen), "types", types, "limit", limit))
			.fetch().all().stream()
			.map(PathRows::node)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<GraphEdge> edges(Set<String> ids, Map<String, Node> nodes, List<String> types) {
		List<GraphEdge> edges = new ArrayList<>();
		neo4j.query(EDGES)
			.bindAll(Map.of("ids", List.copyOf(ids), "types", types))
			.fetch().all()
			.forEach(row -> {
				String from = (String) row.get("from");
				String to = (String) row.get("to");
				String type = (String) row.get("type");
				Map<String, Object> props = (Map<String, Object>) row.get("props");
				edges.add(new GraphEdge(from, to, type, props,
						Explanations.explain(type, nodes.get(from), nodes.get(to), props)));
			});
		edges.sort(EDGE_ORDER);
		return List.copyOf(edges);
	}
}
