package dev.awardgraph.entity;

import java.util.List;

import dev.awardgraph.dataset.GraphHasher;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What is in the graph: counts per label and relationship type, and the canonical hash of the whole graph. */
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
		GraphHasher.GraphSummary summary = hasher.summarise();
		List<Count> labels = neo4j.query("""
				MATCH (n:Entity) WITH [l IN labels(n) WHERE l <> 'Entity'][0] AS name
				RETURN name, count(*) AS count ORDER BY name""")
			.fetchAs(Count.class).mappedBy((t, r) -> new Count(r.get("name").asString(), r.get("count").asLong()))
			.all().stream().toList();
		List<Count> types = neo4j.query("MATCH ()-[r]->() RETURN type(r) AS name, count(*) AS count ORDER BY name")
			.fetchAs(Count.class).mappedBy((t, r) -> new Count(r.get("name").asString(), r.get("count").asLong()))
			.all().stream().toList();
		return new GraphInfo(summary.hash(), summary.nodeCount(), summary.relationshipCount(), labels, types);
	}

	record GraphInfo(String hash, int nodeCount, int relationshipCount, List<Count> labels, List<Count> relationshipTypes) {
	}

	record Count(String name, long count) {
	}
}
