package dev.awardgraph.entity;

import java.util.List;

import dev.awardgraph.dataset.GraphHasher;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * What is in the graph: counts per label and relationship type, and the canonical hash of the whole graph.
 * Each field is computed only when asked: dashboards poll the counts (answered from Neo4j's count store), while
 * the hash reads every node and relationship (half a second at 10k nodes) and is for checking imports and
 * restores.
 */
@Controller
class GraphInfoController {

	private final GraphHasher hasher;
	private final Neo4jClient neo4j;

	GraphInfoController(GraphHasher hasher, Neo4jClient neo4j) {
		this.hasher = hasher;
		this.neo4j = neo4j;
	}

	@QueryMapping
	GraphInfo graph() {
		return new GraphInfo();
	}

	@SchemaMapping
	String hash(GraphInfo graph) {
		return hasher.summarise().hash();
	}

	@SchemaMapping
	long nodeCount(GraphInfo graph) {
		return neo4j.query("MATCH (n:Entity) RETURN count(n)").fetchAs(Long.class).one().orElse(0L);
	}

	// only entities have relationships (audit entries stand alone), so the count store's total is the graph's
	@SchemaMapping
	long relationshipCount(GraphInfo graph) {
		return neo4j.query("MATCH ()-[r]->() RETURN count(r)").fetchAs(Long.class).one().orElse(0L);
	}

	@SchemaMapping
	List<Count> labels(GraphInfo graph) {
		return counts("""
				MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS name
				RETURN name, count(*) AS count ORDER BY name""");
	}

	@SchemaMapping
	List<Count> relationshipTypes(GraphInfo graph) {
		return counts("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name");
	}

	private List<Count> counts(String cypher) {
		return neo4j.query(cypher)
			.fetchAs(Count.class).mappedBy((t, r) -> new Count(r.get("name").asString(), r.get("count").asLong()))
			.all().stream().toList();
	}

	/** The graph as a whole; its fields are resolved one by one. */
	record GraphInfo() {
	}

	record Count(String name, long count) {
	}
}
