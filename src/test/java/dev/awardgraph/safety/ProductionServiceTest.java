package dev.awardgraph.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.awardgraph.AwardgraphApplication;
import dev.awardgraph.external.StandaloneNeo4j;
import dev.awardgraph.support.Sha256;

import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The service as deployed: profile {@code prod}, against an external Neo4j in another JVM. It hides GraphiQL,
 * the schema and introspection, its errors say nothing of its insides, and when the database goes away it says
 * so (health DOWN, a clear GraphQL error, no hang) and recovers by itself when the database is back on its port.
 * Its own process pair, not the shared test context, because it stops the database under the service.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionServiceTest {

	private static final String PASSWORD = "prod-test-secret";
	private static final String EDITOR_TOKEN = "prod-editor-token";
	private static final List<String> INTERNALS = List.of("Exception", "org.", "java.", "MATCH", "Cypher", "neo4j.driver");

	static Path home;
	static Process neo4j;
	static int boltPort;
	static ConfigurableApplicationContext service;
	static WebTestClient http;

	@BeforeAll
	static void startNeo4jAndTheServiceInProduction() throws Exception {
		home = Files.createTempDirectory(Path.of("target"), "prod-neo4j-");
		startNeo4j(0);
		// configured the documented way, by the variables the README names (a command-line argument of the same
		// name resolves the same placeholders as an environment variable)
		service = SpringApplication.run(AwardgraphApplication.class, "--spring.profiles.active=prod",
				"--NEO4J_URI=bolt://localhost:" + boltPort, "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + PASSWORD,
				"--AWARDGRAPH_TOKENS=prod-editor:EDITOR:" + Sha256.hex(EDITOR_TOKEN), "--server.port=0");
		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60)).build();
	}

	@AfterAll
	static void stop() throws Exception {
		if (service != null) {
			service.close();
		}
		stopNeo4j();
		Introspection.enabledJvmWide(true); // spring-graphql switches it JVM-wide; other tests share this JVM
	}

	@Test
	@Order(1)
	void hidesGraphiqlTheSchemaAndIntrospection() {
		http.get().uri("/graphiql").exchange().expectStatus().isNotFound();
		http.get().uri("/graphql/schema").exchange().expectStatus().isNotFound();
		String introspection = graphQl("{ __schema { types { name } } }");
		assertThat(introspection).doesNotContain("\"data\":{").contains("errors");
		assertThat(graphQl("{ entity(id: \\\"org/qianxin\\\") { name } }")).contains("奇安信科技集团股份有限公司");
		System.out.printf("prod: /graphiql 404, /graphql/schema 404, introspection answered %s%n", introspection);
	}

	@Test
	@Order(2)
	void tokensConfiguredByAwardgraphTokensAreAccepted() {
		// an invalid change: the answer is a field error (the token was accepted) and nothing is written
		String mutation = "mutation { createEntity(input: {label: Organisation, name: \\\"测试\\\", kind: \\\"SPACESHIP\\\"}, "
				+ "source: {id: \\\"src/cic2024\\\"}) { errors { field } } }";
		String withToken = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + EDITOR_TOKEN).bodyValue("{\"query\":\"" + mutation + "\"}")
			.exchange().expectBody(String.class).returnResult().getResponseBody();
		assertThat(withToken).contains("input.kind").doesNotContain("UNAUTHORIZED");
		assertThat(graphQl(mutation)).contains("UNAUTHORIZED");
	}

	@Test
	@Order(2)
	void errorsSayWhatWasWrongAndNothingOfTheInsides() {
		List<String> bad = List.of("{ entity(id: ", "{ nosuchfield }", "{ list(label: Organisation, offset: -1) { totalCount } }",
				"{ entity(id: \\\"org/qianxin\\\") { relationships(types: [\\\"FRIEND_OF\\\"]) { type } } }",
				"{ list(label: Organisation, first: 99999999) { totalCount } }",
				"{ conferrals(after: \\\"not-a-cursor\\\") { totalCount } }",
				"{ paths(from: \\\"org/none\\\", to: \\\"org/qianxin\\\") { hops { type } } }",
				"{ entity(id: \\\"x\\\") { " + "relationships { node { ".repeat(20) + "id" + " } }".repeat(20) + " } }",
				"{ search(text: \\\"" + "x".repeat(500) + "\\\") { entity { id } } }",
				"mutation { nothing }", "subscription { nothing }");
		for (String query : bad) {
			String answer = graphQl(query);
			assertThat(answer).as(query).contains("\"errors\"").doesNotContain(INTERNALS);
			System.out.printf("prod error: %s%n", answer.length() > 240 ? answer.substring(0, 240) + "…" : answer);
		}
	}

	@Test
	@Order(3)
	void saysTheDatabaseIsDownWithoutHangingAndRecoversWhenItIsBack() throws Exception {
		http.get().uri("/actuator/health").exchange().expectStatus().isOk();
		stopNeo4j();

		long started = System.nanoTime();
		http.get().uri("/actuator/health").exchange().expectStatus().isEqualTo(503)
			.expectBody().jsonPath("$.components.neo4j.status").isEqualTo("DOWN");
		long healthMillis = millisSince(started);

		started = System.nanoTime();
		String answer = graphQl("{ entity(id: \\\"org/qianxin\\\") { name } }");
		long queryMillis = millisSince(started);
		assertThat(answer).contains("the graph database is unavailable; try again shortly").doesNotContain(INTERNALS);
		assertThat(queryMillis).as("no hang").isLessThan(15_000);
		System.out.printf("Neo4j stopped: health DOWN (503) in %d ms, GraphQL error in %d ms: %s%n", healthMillis, queryMillis, answer);

		started = System.nanoTime();
		startNeo4j(boltPort);
		long neo4jMillis = millisSince(started);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		int attempts = 0;
		while (true) {
			attempts++;
			boolean up = http.get().uri("/actuator/health").exchange().returnResult(String.class).getStatus().is2xxSuccessful();
			if (up && graphQl("{ entity(id: \\\"org/qianxin\\\") { name } }").contains("奇安信科技集团股份有限公司")) {
				break;
			}
			assertThat(System.nanoTime()).as("the service recovers by itself").isLessThan(deadline);
			Thread.sleep(200);
		}
		System.out.printf("Neo4j restarted on port %d in %d ms; service healthy and answering %d ms after the restart began "
				+ "(%d polls)%n", boltPort, neo4jMillis, millisSince(started), attempts);
	}

	private static String graphQl(String query) {
		return http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\":\"" + query + "\"}")
			.exchange()
			.expectBody(String.class).returnResult().getResponseBody();
	}

	private static void startNeo4j(int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		neo4j = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				StandaloneNeo4j.class.getName(), home.toString(), PASSWORD, String.valueOf(port))
			.redirectError(ProcessBuilder.Redirect.appendTo(new File(home.toFile(), "stderr.log")))
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(neo4j.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("BOLT_PORT=")) {
				boltPort = Integer.parseInt(line.substring("BOLT_PORT=".length()));
				return;
			}
		}
		throw new IllegalStateException("Neo4j did not start; see " + home.resolve("stderr.log"));
	}

	private static void stopNeo4j() throws Exception {
		if (neo4j != null && neo4j.isAlive()) {
			neo4j.getOutputStream().close();
			if (!neo4j.waitFor(30, TimeUnit.SECONDS)) {
				neo4j.destroyForcibly().waitFor();
			}
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
