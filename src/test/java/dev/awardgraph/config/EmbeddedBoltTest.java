package dev.awardgraph.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.Collections;
import java.util.List;

import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded database's Bolt port is reachable from this machine only. */
@GraphTest
class EmbeddedBoltTest {

	@Autowired
	DatabaseManagementService dbms;

	@Test
	void boltListensOnLoopbackOnly() throws Exception {
		HostnamePort registered = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
		InetSocketAddress bolt = new InetSocketAddress(registered.getHost(), registered.getPort());
		assertThat(bolt.getAddress().isLoopbackAddress()).as("Bolt bound to " + bolt).isTrue();
		try (Socket local = new Socket(InetAddress.getLoopbackAddress(), bolt.getPort())) {
			assertThat(local.isConnected()).isTrue();
		}
		List<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
			.flatMap(i -> Collections.list(i.getInetAddresses()).stream())
			.filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
			.toList();
		System.out.println("Bolt " + bolt + "; refused on " + external);
		for (InetAddress address : external) {
			assertThatThrownBy(() -> new Socket().connect(new InetSocketAddress(address, bolt.getPort()), 2000))
				.as("Bolt must not answer on " + address).isInstanceOf(java.io.IOException.class);
		}
	}
}
