package dev.awardgraph;

import dev.awardgraph.support.CypherStatementCounter;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Nested fields over a long list cost a bounded number of Cypher statements, however long the list (no N+1). */
@GraphTest
class BatchingTest {

	@LocalServerPort
	int port;

	@Autowired
	CypherStatementCounter statements;

	@Test
	void nestedRelationshipsAndSourcesOfHundredsOfEntitiesAreBatched() {
		String query = """
				{ list(label: Organisation, first: %d) { items { id sources { id }
				    relationships { type sources { id } node { id sources { id } } }
				    ... on Organisation { parent { node { id } } people { title node { name } } } } } }""";
		long small = run(query.formatted(2), "list.items");
		long large = run(query.formatted(138), "list.items");
		System.out.printf("Cypher statements: %d for 2 organisations, %d for 138%n", small, large);
		// the list and its count, then one statement per level for every relationship field together; sources
		// asked only by id are read off the elements themselves
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(3);
	}

	@Test
	void askingOnlyForSourceIdsCostsNoStatementAndGivesTheSameSources() {
		// list(label) leaves sources to their DataLoader (entity(id) reads them in its own statement: EdgePrefetchTest)
		String query = """
				{ list(label: Organisation, first: 20) { items { id sources { %1$s } relationships { sources { %1$s } } } } }""";
		long idsOnly = run(query.formatted("id"), "list.items");
		long withTitles = run(query.formatted("id title"), "list.items");
		assertThat(withTitles).isEqualTo(idsOnly + 1); // titles need the Source nodes: one batch for all of them
		var client = GraphQlClient.forPort(port);
		assertThat(client.document(query.formatted("id")).execute().path("list").entity(Object.class).get().toString())
			.isEqualTo(client.document(query.formatted("id title")).execute().path("list").entity(Object.class).get().toString()
				.replaceAll(", title=[^}]*}", "}"));
	}

	/** The statements one query costs; {@code items} is a list in its answer that must have several entries. */
	private long run(String query, String items) {
		long before = statements.count();
		GraphQlClient.forPort(port).document(query).execute().path(items).entityList(Object.class).hasSizeGreaterThan(1);
		return statements.count() - before;
	}
}
