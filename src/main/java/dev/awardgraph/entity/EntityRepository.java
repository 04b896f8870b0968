package dev.awardgraph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.awardgraph.relationship.EdgePrefetch;

import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Reads entities by id and by label. Properties are returned whole; they are small by design. */
@Repository
public class EntityRepository {

	private final Neo4jClient neo4j;

	EntityRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public List<Node> findByIds(Collection<String> ids) {
		return neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN properties(n) AS props, labels(n) AS labels""")
			.bind(ids).to("ids")
			.fetchAs(Node.class).mappedBy((types, record) -> node(record.get("props").asMap(), record.get("labels")))
			.all().stream().toList();
	}

	/**
	 * Entities by id, each with what a query asks of it read in the same statement
	 * ({@link EdgePrefetch#ENTITY_OF_N}, read back by {@link EdgePrefetch#prime}).
	 */
	List<Value> fetch(Collection<String> ids, EdgePrefetch prefetch) {
		return neo4j.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN " + EdgePrefetch.ENTITY_OF_N + " AS entity")
			.bind(ids).to("ids")
			.bindAll(prefetch.parameters())
			.fetchAs(Value.class).mappedBy((types, record) -> record.get("entity"))
			.all().stream().toList();
	}

	List<Node> findByLabel(String label, String kind, int first, int offset) {
		return neo4j.query("""
				MATCH (n:$($label))
				WHERE $kind IS NULL OR n.kind = $kind
				RETURN properties(n) AS props, labels(n) AS labels
				ORDER BY n.name, n.id SKIP $offset LIMIT $first""")
			.bindAll(params(label, kind, first, offset))
			.fetchAs(Node.class).mappedBy((types, record) -> node(record.get("props").asMap(), record.get("labels")))
			.all().stream().toList();
	}

	long countByLabel(String label, String kind) {
		return neo4j.query("MATCH (n:$($label)) WHERE $kind IS NULL OR n.kind = $kind RETURN count(n)")
			.bindAll(params(label, kind, 0, 0))
			.fetchAs(Long.class).one().orElse(0L);
	}

	private static Map<String, Object> params(String label, String kind, int first, int offset) {
		java.util.HashMap<String, Object> params = new java.util.HashMap<>();
		params.put("label", label);
		params.put("kind", kind);
		params.put("first", first);
		params.put("offset", offset);
		return params;
	}

	static Node node(Map<String, Object> props, org.neo4j.driver.Value labels) {
		return Node.of(props, labels.asList(org.neo4j.driver.Value::asString));
	}
}
