package dev.awardgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.awardgraph.safety.SafetyProperties;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Starts Neo4j in-process when no external URI is configured, and hands Spring Boot its Bolt address. The
 * driver, SDN and every query then talk Bolt exactly as they would to a server: one code path for both modes.
 *
 * <p>Neo4j starts on a thread of its own as soon as the bean definitions are read, before any bean is made: its
 * start (5–7 s on two cores) overlaps Spring building the driver, the GraphQL schema and the web server, none of
 * which connects. The Bolt port is chosen up front so that the driver's address is known before the database is
 * up; the first lifecycle phase ({@link EmbeddedNeo4j#start()}) waits for it, before the schema and the dataset
 * are applied.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.EmbeddedModeCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	private static final String START = "embeddedNeo4jStart";

	/**
	 * Starts the database while the bean factory is being prepared (no bean exists yet, so the settings are
	 * bound here as the application's own properties beans will bind them) and registers it as a bean.
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedNeo4jEarlyStart(Environment environment) {
		return beanFactory -> {
			Binder binder = Binder.get(environment);
			EmbeddedNeo4j embedded = new EmbeddedNeo4j(binder.bindOrCreate("awardgraph", AwardgraphProperties.class),
					binder.bindOrCreate("awardgraph.safety", SafetyProperties.class));
			beanFactory.registerSingleton(START, embedded);
			((DefaultSingletonBeanRegistry) beanFactory).registerDisposableBean(START, embedded::close);
		};
	}

	/** For whoever needs the database itself (tests); lazy, so that asking for it is what waits for the start. */
	@Bean(destroyMethod = "") // shut down by EmbeddedNeo4j, whether or not anyone asked for it
	@Lazy
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4j embedded) {
		return embedded.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
		URI uri = URI.create("bolt://localhost:" + embedded.boltPort());
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}
		};
	}

	/** The database being started in the background; the first lifecycle phase waits for it. */
	static final class EmbeddedNeo4j implements SmartLifecycle {

		private final int boltPort;
		private final CompletableFuture<DatabaseManagementService> started;
		private volatile boolean running;

		EmbeddedNeo4j(AwardgraphProperties properties, SafetyProperties safety) {
			Path home = properties.dataDir().toAbsolutePath();
			AwardgraphProperties.Embedded embedded = properties.embedded();
			this.boltPort = embedded.boltPort() != 0 ? embedded.boltPort() : freePort();
			this.started = CompletableFuture.supplyAsync(() -> start(home, embedded, safety, boltPort),
					runnable -> new Thread(runnable, "neo4j-start").start());
		}

		int boltPort() {
			return boltPort;
		}

		private static DatabaseManagementService start(Path home, AwardgraphProperties.Embedded embedded,
				SafetyProperties safety, int boltPort) {
			long begun = System.nanoTime();
			DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
				.setConfig(BoltConnector.enabled, true)
				// localhost only: the embedded store is private to this service
				.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
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
			log.info("Embedded Neo4j started in {} ms, store {}, Bolt on bolt://localhost:{}", (System.nanoTime() - begun) / 1_000_000,
					home, boltPort);
			return dbms;
		}

		/** A port free on localhost now, for Bolt (the database binds it a moment later). */
		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("no free local port for the embedded database's Bolt connector", ex);
			}
		}

		DatabaseManagementService await() {
			try {
				return started.join();
			}
			catch (CompletionException ex) {
				throw new IllegalStateException("the embedded Neo4j database did not start: " + ex.getCause().getMessage(),
						ex.getCause());
			}
		}

		@Override
		public void start() {
			await();
			running = true;
		}

		@Override
		public void stop() {
			running = false;
		}

		@Override
		public boolean isRunning() {
			return running;
		}

		/** Before everything else that starts, first of all the graph's schema and dataset (phase 0). */
		@Override
		public int getPhase() {
			return Integer.MIN_VALUE;
		}

		/** At the bean factory's end, after the beans that use the database. */
		void close() {
			if (!started.isCompletedExceptionally()) {
				await().shutdown();
			}
		}
	}

	static class EmbeddedModeCondition implements org.springframework.context.annotation.Condition {
		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty("awardgraph.neo4j-uri", "").isBlank();
		}
	}
}
