package dev.awardgraph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.awardgraph.relationship.EdgePrefetch;
import dev.awardgraph.source.SourcePrefetch;

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
	 * Entities by id with, in the same statement, the relationships a query asks of them
	 * ({@link EdgePrefetch#EDGES_OF_N}) and, when {@code sources}, their source documents.
	 */
	List<Fetched> fetch(Collection<String> ids, EdgePrefetch prefetch, boolean sources) {
		return neo4j.query("""
				MATCH (n:Entity) WHERE n.id IN $ids
				RETURN properties(n) AS props, labels(n) AS labels, %s AS sources, %s AS edges"""
				.formatted(SourcePrefetch.SOURCES_OF_N, EdgePrefetch.EDGES_OF_N))
			.bind(ids).to("ids")
			.bind(sources).to("sources")
			.bind(prefetch.parameter()).to("prefetch")
			.fetchAs(Fetched.class)
			.mappedBy((types, record) -> new Fetched(node(record.get("props").asMap(), record.get("labels")),
					record.get("sources").asList(Node::of), record.get("edges")))
			.all().stream().toList();
	}

	record Fetched(Node node, List<Node> sources, org.neo4j.driver.Value edges) {
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
