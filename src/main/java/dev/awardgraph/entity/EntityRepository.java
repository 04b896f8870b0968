package dev.awardgraph.entity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.awardgraph.model.GraphModel;
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

	/**
	 * A page of the entities of one label (and kind), by name. The label is written into the statement, taken from
	 * the model ({@link GraphModel#cypherLabel}), never from the request: Neo4j 5.26 plans a dynamic label ({@code MATCH
	 * (n:$($label))}) as a scan of every node, one second a page at 1M nodes (docs/benchmarks.md). Every entity has
	 * a name (the loader and curation require one; a conferral's is derived), so the label's name index gives the
	 * order and the page is read from its start.
	 */
	List<Node> findByLabel(String label, String kind, int first, int offset) {
		return neo4j.query(listStatement(label, kind))
			.bindAll(Map.of("kind", kind == null ? "" : kind, "first", first, "offset", offset))
			.fetchAs(Node.class).mappedBy((types, record) -> node(record.get("props").asMap(), record.get("labels")))
			.all().stream().toList();
	}

	static String listStatement(String label, String kind) {
		return "MATCH (n:" + GraphModel.cypherLabel(label) + ") WHERE n.name IS NOT NULL" + (kind == null ? "" : " AND n.kind = $kind") + """

				RETURN properties(n) AS props, labels(n) AS labels
				ORDER BY n.name, n.id SKIP $offset LIMIT $first""";
	}

	/** How many entities of a label (and kind) there are; without a kind, from Neo4j's count store. */
	public long countByLabel(String label, String kind) {
		return neo4j.query("MATCH (n:" + GraphModel.cypherLabel(label) + ")" + (kind == null ? "" : " WHERE n.kind = $kind") + " RETURN count(n)")
			.bindAll(Map.of("kind", kind == null ? "" : kind))
			.fetchAs(Long.class).one().orElse(0L);
	}

	static Node node(Map<String, Object> props, org.neo4j.driver.Value labels) {
		return Node.of(props, labels.asList(org.neo4j.driver.Value::asString));
	}
}
