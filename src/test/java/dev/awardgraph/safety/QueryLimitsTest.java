package dev.awardgraph.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.awardgraph.support.CypherStatementCounter;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Requests too deep, too costly, too wide or too large are refused with the limit and the value in the message,
 * before any data fetcher runs: no Cypher statement is sent for them.
 */
@GraphTest
class QueryLimitsTest {

	@LocalServerPort
	int port;

	@Autowired
	CypherStatementCounter statements;

	@Autowired
	SafetyProperties safety;

	@Autowired
	DocumentCache documents;

	@Test
	void aFiftyDeepQueryIsRefusedWithoutRunningCypher() {
		String query = "{ entity(id: \"org/qianxin\") { " + "relationships { node { ".repeat(25) + "id" + " } }".repeat(25) + " } }";
		Refusal refusal = refuse(query);
		assertThat(refusal.messages()).contains("query depth 52 exceeds the limit of " + safety.maxDepth());
		report("50-deep query", refusal);
	}

	@Test
	void fanOutIsPricedByPageSizeNotFieldCount() {
		// five fields, but 500 organisations × 500 relationships × 500 relationships each
		String query = """
				{ list(label: Organisation, first: 500) { items { relationships(first: 500) {
				    node { relationships(first: 500) { type } } } } } }""";
		Refusal refusal = refuse(query);
		assertThat(refusal.message()).startsWith("query cost 125500501 exceeds the limit of " + safety.maxCost());
		report("fan-out 500×500×500", refusal);

		// without first each list counts the default page size (50): five nested relationship lists
		Refusal defaults = refuse("{ entity(id: \"org/qianxin\") { " + "relationships { node { ".repeat(4) + "relationships { type }"
				+ " } }".repeat(4) + " } }");
		assertThat(defaults.message()).startsWith("query cost 325255101 exceeds the limit of " + safety.maxCost());
		report("five nested relationship lists, no first", defaults);
	}

	@Test
	void aCachedDocumentIsPricedAgainWithEachRequestsVariables() {
		String query = """
				query($n: Int!) { list(label: Organisation, first: $n) { items { relationships(first: $n) {
				    node { relationships(first: $n) { type } } } } } }""";
		graphQl().document(query).variable("n", 2).execute().path("list.items").entityList(Object.class).hasSize(2);
		assertThat(documents.contains(query)).as("parsed and validated once, then served from the cache").isTrue();

		Refusal refusal = refuse(query, Map.of("n", 500));
		assertThat(refusal.message()).startsWith("query cost 125500501 exceeds the limit of " + safety.maxCost());
		report("cached document, first: 500", refusal);

		assertThat(refuse("{ graph { nodeCount ").messages()).isNotEmpty();
		assertThat(documents.contains("{ graph { nodeCount ")).as("invalid documents are not kept").isFalse();
	}

	@Test
	void aThousandAliasesAreRefused() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			query.append(" a").append(i).append(": graph { hash }");
		}
		Refusal refusal = refuse(query.append(" }").toString());
		assertThat(refusal.messages()).contains("1000 aliases exceed the limit of " + safety.maxAliases(),
				"1000 root fields exceed the limit of " + safety.maxRootFields(),
				"2000 fields exceed the limit of " + safety.maxFields());
		report("1000 aliases", refusal);
	}

	@Test
	void tooManyFieldsAreRefusedEvenWithoutAliases() {
		String query = "{ entity(id: \"org/qianxin\") { " + "id name ".repeat(300) + " } }";
		Refusal refusal = refuse(query);
		assertThat(refusal.message()).isEqualTo("601 fields exceed the limit of " + safety.maxFields());
		report("601 fields", refusal);
	}

	@Test
	void anOversizedDocumentIsRefusedBeforeParsing() {
		String query = "{ graph { hash } }" + " ".repeat(safety.maxDocumentLength());
		Refusal refusal = refuse(query);
		assertThat(refusal.message()).isEqualTo("query document of " + query.length() + " characters exceeds the limit of "
				+ safety.maxDocumentLength());
		report("oversized document", refusal);

		String manyTokens = "{ graph { " + "x ".repeat(safety.maxTokens() + 1) + "} }";
		assertThat(manyTokens.length()).isLessThan(safety.maxDocumentLength());
		Refusal tokens = refuse(manyTokens);
		assertThat(tokens.message().replace(",", "")).contains("More than " + safety.maxTokens() + " 'grammar' tokens");
		report(safety.maxTokens() + 1 + " tokens", tokens);
	}

	@Test
	void anOversizedBodyIsRefusedWith413() {
		long before = statements.count();
		String body = "{\"query\":\"{ graph { hash } }\",\"variables\":{\"pad\":\"" + "x".repeat((int) safety.maxRequestSize().toBytes()) + "\"}}";
		long started = System.nanoTime();
		String answer = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
			.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange()
			.expectStatus().isEqualTo(413)
			.expectBody(String.class).returnResult().getResponseBody();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(answer).contains("request body of " + body.length() + " bytes exceeds the limit of "
				+ safety.maxRequestSize().toBytes() + " bytes");
		assertThat(statements.count() - before).isZero();
		System.out.printf("%d-byte body refused with 413 in %d ms, 0 Cypher statements: %s%n", body.length(), millis, answer);
	}

	@Test
	void aHugePageIsRefusedSayingTheBound() {
		graphQl().document("{ list(label: Organisation, first: 99999999) { totalCount } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().contains("first must be between 0 and 500"))
			.verify();
	}

	@Test
	void theHeaviestEverydayQueriesPass() {
		String batching = """
				{ list(label: Organisation, first: 138) { items { id sources { id }
				    relationships { type sources { id } node { id sources { id } } }
				    ... on Organisation { parent { node { id } } people { title node { name } } } } } }""";
		graphQl().document(batching).execute().path("list.items").entityList(Object.class).hasSize(138);
		// GraphiQL's documentation explorer needs the full introspection query (when introspection is on)
		graphQl().document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).execute().path("__schema.types")
			.entityList(Object.class).hasSizeGreaterThan(50);
	}

	private HttpGraphQlTester graphQl() {
		return GraphQlClient.forPort(port);
	}

	record Refusal(List<String> messages, long statements, long millis) {
		String message() {
			assertThat(messages).hasSize(1);
			return messages.get(0);
		}
	}

	private Refusal refuse(String query) {
		return refuse(query, Map.of());
	}

	private Refusal refuse(String query, Map<String, Object> variables) {
		long before = statements.count();
		long started = System.nanoTime();
		List<String> messages = new ArrayList<>();
		HttpGraphQlTester.Request<?> request = graphQl().document(query);
		variables.forEach(request::variable);
		request.execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getErrorType().toString()).isIn("BAD_REQUEST", "InvalidSyntax"));
			errors.forEach(e -> messages.add(e.getMessage() + (e.getErrorType() == ErrorType.BAD_REQUEST ? "" : " [" + e.getErrorType() + "]")));
		});
		Refusal refusal = new Refusal(messages, statements.count() - before, (System.nanoTime() - started) / 1_000_000);
		assertThat(refusal.statements()).as("Cypher statements run for a refused query").isZero();
		return refusal;
	}

	private static void report(String what, Refusal refusal) {
		System.out.printf("%s refused in %d ms with %d Cypher statements: %s%n", what, refusal.millis(), refusal.statements(),
				refusal.messages());
	}

}
