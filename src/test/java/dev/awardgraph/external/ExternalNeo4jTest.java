package dev.awardgraph.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import dev.awardgraph.AwardgraphApplication;
import dev.awardgraph.support.GraphQlClient;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The external-database path, exercised for real: Neo4j runs in a separate JVM process with authentication on,
 * and the service is started with only the documented settings NEO4J_URI / NEO4J_USERNAME / NEO4J_PASSWORD.
 */
class ExternalNeo4jTest {

	private static final String PASSWORD = "external-test-secret";

	static Process neo4j;
	static ConfigurableApplicationContext service;
	static int boltPort;

	@BeforeAll
	static void startNeo4jInAnotherJvmAndPointTheServiceAtIt() throws Exception {
		Path home = Files.createTempDirectory(Path.of("target"), "external-neo4j-");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		neo4j = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				StandaloneNeo4j.class.getName(), home.toString(), PASSWORD)
			.redirectError(new File(home.toFile(), "stderr.log"))
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(neo4j.getInputStream(), StandardCharsets.UTF_8));
		for (String line = out.readLine(); line != null; line = out.readLine()) {
			if (line.startsWith("BOLT_PORT=")) {
				boltPort = Integer.parseInt(line.substring("BOLT_PORT=".length()));
				break;
			}
		}
		assertThat(boltPort).as("the Neo4j process reported its Bolt port").isPositive();
		service = SpringApplication.run(AwardgraphApplication.class, "--NEO4J_URI=bolt://localhost:" + boltPort,
				"--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD=" + PASSWORD, "--server.port=0",
				"--awardgraph.data-dir=target/must-not-be-created");
	}

	@AfterAll
	static void stop() throws Exception {
		if (service != null) {
			service.close();
		}
		if (neo4j != null) {
			neo4j.getOutputStream().close();
			if (!neo4j.waitFor(30, TimeUnit.SECONDS)) {
				neo4j.destroyForcibly();
			}
		}
	}

	@Test
	void servesTheSeedGraphFromTheExternalServerWithoutStartingAnEmbeddedOne() {
		assertThat(service.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
		assertThat(Path.of("target/must-not-be-created")).doesNotExist();

		int port = ((WebServerApplicationContext) service).getWebServer().getPort();
		HttpGraphQlTester graphQl = GraphQlClient.forPort(port);
		graphQl.document("{ lookup(name: \"奇安信\") { id name } graph { nodeCount } }").execute()
			.path("lookup[0].name").entity(String.class).isEqualTo("奇安信科技集团股份有限公司")
			.path("graph.nodeCount").entity(Integer.class).satisfies(count -> assertThat(count).isGreaterThan(300));

		// health reports the external server it is connected to
		WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
			.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.components.neo4j.status").isEqualTo("UP")
			.jsonPath("$.components.neo4j.details.server").isEqualTo("5.26.30@localhost:" + boltPort);
	}
}
