package dev.awardgraph.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
import org.springframework.context.SmartLifecycle;

/**
 * The embedded database, being started on a thread of its own ({@link EmbeddedNeo4jStarter} starts it as soon as
 * the settings are known). The Bolt port is chosen up front, so that the driver's address is known before the
 * database is up. The first lifecycle phase waits for it; so does whatever calls {@link #await()} first.
 */
public final class EmbeddedNeo4j implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

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
			// a database inside someone's service does not report its use to Neo4j
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
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

	/** The started database; waits for the start, and fails as it failed. */
	public DatabaseManagementService await() {
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

	/** Shuts the database down, once it has started (it is waited for, so that no store is left half-open). */
	void close() {
		DatabaseManagementService dbms;
		try {
			dbms = await();
		}
		catch (IllegalStateException didNotStart) {
			return;
		}
		dbms.shutdown();
	}
}
