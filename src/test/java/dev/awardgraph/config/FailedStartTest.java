package dev.awardgraph.config;

import java.nio.file.Path;

import dev.awardgraph.AwardgraphApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

import org.springframework.boot.SpringApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database starts before Spring's context and the graph is prepared beside it
 * ({@link EmbeddedNeo4jStarter}, dataset.GraphInitializer): a start that fails must still fail whole, say why, and
 * leave the store shut down, not locked by a database nobody owns.
 */
class FailedStartTest {

	@Test
	void aBadDatasetFailsTheStartNamingTheProblemAndTheStoreIsLeftClosed(@TempDir Path store) {
		assertThatThrownBy(() -> SpringApplication.run(AwardgraphApplication.class, "--server.port=0",
				"--awardgraph.data-dir=" + store, "--awardgraph.dataset.load-on-start=ALWAYS",
				"--awardgraph.dataset.location=classpath:bad-datasets/dangling-reference/"))
			.hasStackTraceContaining("unknown reference 'org/nowhere'");

		// a database still running on the store would hold its lock, and this would fail
		DatabaseManagementService again = new DatabaseManagementServiceBuilder(store)
			.setConfig(BoltConnector.enabled, false)
			.build();
		try {
			assertThat(again.database("neo4j").isAvailable()).isTrue();
		}
		finally {
			again.shutdown();
		}
	}
}
