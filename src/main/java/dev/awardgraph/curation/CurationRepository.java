package dev.awardgraph.curation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.search.NameKeys;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** The writes of curation, one small statement each; the caller runs them in one transaction. */
@Repository
class CurationRepository {

	private final Neo4jClient neo4j;

	CurationRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * Another entity of the label with one of these keys (normalised names) as a name or alias, if any. Each key is
	 * a term query on the {@code entity_keys} index; scanning the label read every node of the graph (Neo4j 5.26
	 * plans a dynamic label as a scan of all nodes), about a second for each created or renamed entity at 1M nodes
	 * (docs/benchmarks.md).
	 */
	static final String SAME_NAME = """
			UNWIND $terms AS term
			CALL db.index.fulltext.queryNodes('entity_keys', term) YIELD node AS n
			WITH DISTINCT n WHERE $label IN labels(n) AND any(k IN n.keys WHERE k IN $keys) AND ($except IS NULL OR n.id <> $except)
			RETURN {props: properties(n), labels: labels(n)} AS n ORDER BY n.id LIMIT 1""";

	Node sameName(String label, List<String> keys, String exceptId) {
		Map<String, Object> params = new HashMap<>();
		params.put("label", label);
		params.put("keys", keys);
		params.put("terms", keys.stream().map(NameKeys::escape).toList());
		params.put("except", exceptId);
		return neo4j.query(SAME_NAME)
			.bindAll(params).fetchAs(Node.class).mappedBy((t, r) -> Node.of(r.get("n"))).one().orElse(null);
	}

	boolean exists(String id) {
		return neo4j.query("MATCH (n:Entity {id: $id}) RETURN count(n) > 0").bind(id).to("id")
			.fetchAs(Boolean.class).one().orElse(false);
	}

	void create(String label, Map<String, Object> properties) {
		neo4j.query("CREATE (n:Entity:$($label)) SET n = $props")
			.bindAll(Map.of("label", label, "props", properties)).run();
	}

	void update(String id, Map<String, Object> properties) {
		neo4j.query("MATCH (n:Entity {id: $id}) SET n += $props").bindAll(Map.of("id", id, "props", properties)).run();
	}

	/** Relationships of one type from one entity to another: internal id and properties. */
	List<Stored> between(String from, String type, String to) {
		return neo4j.query("""
				MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
				RETURN elementId(r) AS id, properties(r) AS props ORDER BY id""")
			.bindAll(Map.of("from", from, "type", type, "to", to))
			.fetchAs(Stored.class).mappedBy((t, r) -> new Stored(r.get("id").asString(), r.get("props").asMap()))
			.all().stream().toList();
	}

	void relate(String from, String type, String to, Map<String, Object> properties) {
		neo4j.query("""
				MATCH (a:Entity {id: $from})
				MATCH (b:Entity {id: $to})
				CREATE (a)-[r:$($type)]->(b) SET r = $props""")
			.bindAll(Map.of("from", from, "type", type, "to", to, "props", properties)).run();
	}

	void replaceRelationshipProperties(String elementId, Map<String, Object> properties) {
		neo4j.query("MATCH ()-[r]->() WHERE elementId(r) = $id SET r = $props")
			.bindAll(Map.of("id", elementId, "props", properties)).run();
	}

	void deleteRelationship(String elementId) {
		neo4j.query("MATCH ()-[r]->() WHERE elementId(r) = $id DELETE r").bind(elementId).to("id").run();
	}

	void setRelationshipSources(String elementId, List<String> sources) {
		neo4j.query("MATCH ()-[r]->() WHERE elementId(r) = $id SET r.sources = $sources")
			.bindAll(Map.of("id", elementId, "sources", sources)).run();
	}

	/** Every relationship of an entity, seen from it. */
	List<Touching> relationshipsOf(String id) {
		return neo4j.query("""
				MATCH (n:Entity {id: $id})-[r]-(o:Entity)
				RETURN elementId(r) AS id, type(r) AS type, startNode(r) = n AS outgoing, o.id AS other,
				       properties(r) AS props ORDER BY id""")
			.bind(id).to("id")
			.fetchAs(Touching.class)
			.mappedBy((t, r) -> new Touching(r.get("id").asString(), r.get("type").asString(), r.get("outgoing").asBoolean(),
					r.get("other").asString(), r.get("props").asMap()))
			.all().stream().toList();
	}

	void delete(String id) {
		neo4j.query("MATCH (n:Entity {id: $id}) DETACH DELETE n").bind(id).to("id").run();
	}

	/**
	 * What makes a pair {@code (a, b)} of one label a merge candidate, and its order: the keys they share, the keys
	 * of a (four characters or more) inside a key of b or holding one, not already part and whole.
	 */
	private static final String PAIR = """
			WITH a, b, [k IN a.keys WHERE k IN b.keys] AS shared,
			     [k IN a.keys WHERE size(k) >= 4 AND any(x IN b.keys WHERE size(x) >= 4 AND x <> k
			                                         AND (x CONTAINS k OR k CONTAINS x))] AS nested
			WHERE (size(shared) > 0 OR size(nested) > 0) AND NOT EXISTS { (a)-[:PART_OF*1..3]-(b) }
			WITH a, b, shared, nested, EXISTS { (a)-[:PART_OF]->(:Entity)<-[:PART_OF]-(b) } AS sameParent
			ORDER BY size(shared) DESC, sameParent DESC, a.id, b.id LIMIT $first
			RETURN {props: properties(a), labels: labels(a)} AS a, {props: properties(b), labels: labels(b)} AS b,
			       shared, nested, sameParent""";

	/** The candidates among these pairs of ids (each pair once, either way round). */
	List<Candidate> candidatesAmong(List<List<String>> pairs, int first) {
		return candidates("""
				UNWIND $pairs AS pair
				MATCH (a:Entity {id: pair[0]})
				MATCH (b:Entity {id: pair[1]})
				""" + PAIR, Map.of("pairs", pairs, "first", first));
	}

	/** The id and keys (normalised names) of every entity of the label. */
	@SuppressWarnings("unchecked")
	Map<String, List<String>> keysOf(String label) {
		Map<String, List<String>> keys = new HashMap<>();
		neo4j.query("MATCH (n:" + GraphModel.cypherLabel(label) + ") RETURN n.id AS id, n.keys AS keys")
			.fetch().all().forEach(r -> keys.put((String) r.get("id"), (List<String>) r.get("keys")));
		return keys;
	}

	/** The candidates of one entity, from the {@code entity_keys} index queries that find every one there can be. */
	List<Candidate> candidatesOf(String id, List<String> terms, int first) {
		return candidates("""
				MATCH (a:Entity {id: $id})
				CALL (a) {
				  UNWIND $terms AS term
				  CALL db.index.fulltext.queryNodes('entity_keys', term) YIELD node
				  WITH DISTINCT node AS b WHERE b <> a AND labels(b) = labels(a)
				  RETURN b
				}
				""" + PAIR, Map.of("id", id, "terms", terms, "first", first));
	}

	private List<Candidate> candidates(String statement, Map<String, Object> params) {
		return neo4j.query(statement)
			.bindAll(params)
			.fetchAs(Candidate.class)
			.mappedBy((t, r) -> new Candidate(Node.of(r.get("a")), Node.of(r.get("b")),
					r.get("shared").asList(v -> v.asString()), r.get("nested").asList(v -> v.asString()),
					r.get("sameParent").asBoolean()))
			.all().stream().toList();
	}

	record Touching(String elementId, String type, boolean outgoing, String other, Map<String, Object> properties) {
	}

	record Candidate(Node a, Node b, List<String> sharedKeys, List<String> nestedKeys, boolean sameParent) {
	}

	record Stored(String elementId, Map<String, Object> properties) {

		/** The same fact as a relationship with these properties: equal apart from sources and note. */
		boolean sameFactAs(Map<String, Object> other) {
			return withoutCitation(properties).equals(withoutCitation(other));
		}

		private static Map<String, Object> withoutCitation(Map<String, Object> properties) {
			Map<String, Object> rest = new java.util.TreeMap<>(properties);
			rest.keySet().removeAll(java.util.Set.of("sources", "note"));
			return rest;
		}
	}
}
