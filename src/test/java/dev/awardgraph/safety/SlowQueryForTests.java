package dev.awardgraph.safety;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test classpath only: a root field whose Cypher is genuinely expensive (a cartesian product of the graph with
 * itself, {@code times} deep), so the time limit can be shown cutting a real Neo4j statement short. The seed
 * graph is too small for any production field to run for seconds within the real limits.
 */
@Controller
class SlowQueryForTests {

	private final Neo4jClient neo4j;

	SlowQueryForTests(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	@Bean
	static GraphQlSourceBuilderCustomizer slowQuerySchemaForTests() {
		String sdl = "extend type Query { \"tests only\" slowCypherForTests(times: Int!): Int! }";
		return builder -> builder.schemaResources(new ByteArrayResource(sdl.getBytes(StandardCharsets.UTF_8), "slow-for-tests.graphqls"));
	}

	@QueryMapping
	long slowCypherForTests(@Argument int times) {
		String match = times >= 4 ? "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity)" : "MATCH (a:Entity), (b:Entity)";
		return neo4j.query(match + " WHERE a.name < b.name RETURN count(*) AS n // slowCypherForTests")
			.fetchAs(Long.class)
			.one()
			.orElse(0L);
	}
}
