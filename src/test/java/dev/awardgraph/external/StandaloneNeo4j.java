package dev.awardgraph.external;

import java.nio.file.Path;

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
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A Neo4j server in its own JVM, standing in for an external server (no Docker on these machines): Bolt on a
 * free localhost port (or the port given as a third argument, to restart a server where it was), authentication
 * ON with the password given. Prints {@code BOLT_PORT=n} when ready and stops when its standard input closes
 * (i.e. when the test that started it ends or dies).
 */
public final class StandaloneNeo4j {

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		String password = args[1];
		int boltPort = args.length > 2 ? Integer.parseInt(args[2]) : 0;
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
			.setConfig(BoltConnectorInternalSettings.enable_local_connector, false)
			.setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, java.time.Duration.ofMillis(200))
			.setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, java.time.Duration.ofMillis(200))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, true)
			.build();
		try {
			dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
				.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
						java.util.Map.of("password", password));
		}
		catch (org.neo4j.graphdb.QueryExecutionException ex) {
			if (!ex.getMessage().contains("cannot be the same")) { // a restart on the same store keeps its password
				dbms.shutdown();
				throw ex;
			}
		}
		GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		int port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT).getPort();
		System.out.println("BOLT_PORT=" + port);
		System.out.flush();
		while (System.in.read() != -1) {
			// wait for the parent to close our stdin
		}
		dbms.shutdown();
	}

	private StandaloneNeo4j() {
	}
}
