package dev.awardgraph.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;

/**
 * A query that runs too long is answered with an error at the limit, its Neo4j transaction is terminated by the
 * database, and the service answers other requests meanwhile. Uses the real limits; the expensive Cypher comes
 * from a field that exists on the test classpath only ({@link SlowQueryForTests}).
 */
@GraphTest
class TimeLimitTest {

	private static final String MARKER = "slowCypherForTests";

	@LocalServerPort
	int port;

	volatile long slowMillis;

	@Autowired
	ExecutionTimeLimit timeLimit;

	/** Shorter than the default (30 s) so the test is quick; the same code path, in the shared context. */
	static final Duration LIMIT = Duration.ofSeconds(3);

	@Autowired
	Neo4jClient neo4j;

	@Test
	void aQueryRunningTooLongIsCancelledInNeo4jTooWhileOthersAreServed() throws Exception {
		Duration configured = timeLimit.replaceQueryTimeout(LIMIT);
		long started = System.nanoTime();
		CompletableFuture<Collection<ResponseError>> slow = CompletableFuture.supplyAsync(() -> {
			List<ResponseError> captured = new ArrayList<>();
			var request = GraphQlClient.forPort(port).document("{ slowCypherForTests(times: 4) }");
			long sent = System.nanoTime();
			request.execute().errors().satisfy(captured::addAll);
			slowMillis = (System.nanoTime() - sent) / 1_000_000;
			return captured;
		});
		try {
			Map<String, Object> running = awaitTransaction(true, Duration.ofSeconds(10));
			System.out.printf("the slow statement runs in Neo4j as %s with metadata %s%n", running.get("transactionId"),
					running.get("metaData"));
			assertThat(running.get("metaData")).isEqualTo(Map.of("app", "awardgraph-query"));

			long before = System.nanoTime();
			GraphQlClient.forPort(port).document("{ entity(id: \"org/qianxin\") { name } }").execute()
				.path("entity.name").entity(String.class).isEqualTo("奇安信科技集团股份有限公司");
			long otherMillis = (System.nanoTime() - before) / 1_000_000;
			assertThat(slow).as("the slow query is still running").isNotDone();
			System.out.printf("meanwhile another query answered in %d ms%n", otherMillis);

			Collection<ResponseError> errors = slow.get(30, TimeUnit.SECONDS);
			long answeredMillis = (System.nanoTime() - started) / 1_000_000;
			assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("the query ran longer than the limit of "
						+ ExecutionTimeLimit.describe(LIMIT) + " and was cancelled");
				assertThat(e.getErrorType().toString()).isEqualTo("TIMEOUT");
			});
			assertThat(answeredMillis).as("no hang").isLessThan(15_000);

			awaitTransaction(false, Duration.ofSeconds(10));
			long goneMillis = (System.nanoTime() - started) / 1_000_000;
			System.out.printf("query limit %s: HTTP answer %d ms after the request was sent (%d ms after the test began), "
					+ "Neo4j transaction gone %d ms after the test began: %s%n", LIMIT, slowMillis, answeredMillis,
					goneMillis, errors.iterator().next().getMessage());
		}
		finally {
			timeLimit.replaceQueryTimeout(configured);
			// never leave a runaway statement behind, even when an assertion above failed
			neo4j.query("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker "
					+ "AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN transactionId")
				.bind(MARKER).to("marker")
				.fetchAs(String.class).all()
				.forEach(id -> neo4j.query("TERMINATE TRANSACTIONS $id").bind(id).to("id").run());
		}
	}

	private Map<String, Object> awaitTransaction(boolean present, Duration within) throws InterruptedException {
		long deadline = System.nanoTime() + within.toNanos();
		while (true) {
			Map<String, Object> row = neo4j.query("SHOW TRANSACTIONS YIELD transactionId, currentQuery, metaData "
					+ "WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' "
					+ "RETURN transactionId, metaData")
				.bind(MARKER).to("marker")
				.fetch().first().orElse(null);
			if ((row != null) == present) {
				return row;
			}
			assertThat(System.nanoTime()).as(present ? "the slow statement started in Neo4j" : "Neo4j terminated the slow statement")
				.isLessThan(deadline);
			Thread.sleep(50);
		}
	}
}
