package dev.awardgraph.support;

import java.util.Map;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL client over real HTTP to the running test service. */
public final class GraphQlClient {

	private GraphQlClient() {
	}

	/** A client that sends {@code Authorization: Bearer <token>}. */
	public static HttpGraphQlTester forPort(int port, String token) {
		return forPort(port).mutate().header("Authorization", "Bearer " + token).build();
	}

	public static HttpGraphQlTester forPort(int port) {
		WebTestClient client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.responseTimeout(java.time.Duration.ofSeconds(60))
			.build();
		return HttpGraphQlTester.create(client);
	}

	public static Map<String, Object> vars(Object... pairs) {
		java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], pairs[i + 1]);
		}
		return map;
	}
}
