package dev.awardgraph.bench;

import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * The floor of a start: the embedded database alone, configured as the service configures it, started on the
 * given store directory in a JVM doing nothing else. Prints the time to a started database and the CPU the
 * JVM had used by then. {@code bench/run.sh neo4j-alone} runs it on a fresh store, then on the store it left.
 */
public final class Neo4jAlone {

	public static void main(String[] args) {
		long begun = System.nanoTime();
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", 0))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.build();
		long millis = (System.nanoTime() - begun) / 1_000_000;
		double cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
		System.out.printf("embedded Neo4j alone started in %d ms; CPU by then %.1f s (JVM start included)%n", millis, cpu);
		dbms.shutdown();
		System.exit(0);
	}

	private Neo4jAlone() {
	}
}
