package dev.awardgraph.relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Relationships of many entities at once: one statement for a whole batch (no N+1). Ordered by the
 * relationship's {@code order} (co-applicants, list positions) and then by the other end's name.
 */
@Repository
class EdgeRepository {

	private final Neo4jClient neo4j;

	EdgeRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	Map<String, List<Edge>> edges(Collection<String> ids, List<String> types, Direction direction) {
		Map<String, Object> params = new HashMap<>();
		params.put("ids", ids);
		params.put("types", types);
		params.put("direction", direction.name());
		Map<String, List<Edge>> byId = new LinkedHashMap<>();
		neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				MATCH (n)-[r]-(m:Entity)
				WHERE ($types IS NULL OR type(r) IN $types)
				  AND ($direction = 'BOTH' OR ($direction = 'OUTGOING') = (startNode(r) = n))
				RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS props,
				       properties(m) AS other, labels(m) AS labels
				ORDER BY id, coalesce(r.order, 2147483647), type, m.name, m.id""")
			.bindAll(params)
			.fetch().all()
			.forEach(row -> {
				@SuppressWarnings("unchecked")
				Node other = Node.of((Map<String, Object>) row.get("other"), castList(row.get("labels")));
				@SuppressWarnings("unchecked")
				Edge edge = new Edge((String) row.get("type"),
						Boolean.TRUE.equals(row.get("outgoing")) ? Direction.OUTGOING : Direction.INCOMING, other,
						(Map<String, Object>) row.get("props"));
				byId.computeIfAbsent((String) row.get("id"), k -> new ArrayList<>()).add(edge);
			});
		return byId;
	}

	@SuppressWarnings("unchecked")
	private static List<String> castList(Object value) {
		return (List<String>) value;
	}
}
