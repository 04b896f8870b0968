package dev.awardgraph.config;

import java.net.URI;
import java.nio.file.Path;

import dev.awardgraph.safety.SafetyProperties;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j in-process when no external URI is configured, and hands Spring Boot its Bolt address. The
 * driver, SDN and every query then talk Bolt exactly as they would to a server: one code path for both modes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.EmbeddedModeCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(AwardgraphProperties properties, SafetyProperties safety) {
		Path home = properties.dataDir().toAbsolutePath();
		AwardgraphProperties.Embedded embedded = properties.embedded();
		long started = System.nanoTime();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			// localhost only: the embedded store is private to this service
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", embedded.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			// Neo4j 5.26 was built on Netty 4.1; its in-JVM local channel fails on Boot 4's Netty 4.2
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, embedded.shutdownWait())
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, embedded.shutdownWait())
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(embedded.pageCache()))
			// the longest any transaction may run: dataset loads and writes; queries carry their own, shorter
			// limit as a per-transaction timeout (safety.ReadTimeouts)
			.setConfig(GraphDatabaseSettings.transaction_timeout, safety.writeTimeout())
			.build();
		log.info("Embedded Neo4j started in {} ms, store {}", (System.nanoTime() - started) / 1_000_000, home);
		return dbms;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService dbms) {
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = system.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://localhost:" + address.getPort());
		log.info("Embedded Neo4j Bolt listening on {}", uri);
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}
		};
	}

	static class EmbeddedModeCondition implements org.springframework.context.annotation.Condition {
		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty("awardgraph.neo4j-uri", "").isBlank();
		}
	}
}
