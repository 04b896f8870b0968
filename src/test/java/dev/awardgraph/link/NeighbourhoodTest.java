package dev.awardgraph.link;

import static dev.awardgraph.link.PathsTest.expectBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The subgraph around an entity for drawing: capped around hubs, nearest first, edges only among its nodes. */
@GraphTest
class NeighbourhoodTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	GraphQlTester.Response around(Object... vars) {
		return graphQl.documentName("neighbourhood").variables(GraphQlClient.vars(vars)).execute();
	}

	@Test
	void drawsAPersonWithThePositionAndTheSpeechExplained() {
		GraphQlTester.Response response = around("id", "person/zhao-zhiguo");
		response.path("neighbourhood.nodes[*].id").entityList(String.class)
			.containsExactly("person/zhao-zhiguo", "event/cic-2024-opening", "org/miit");
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
		response.path("neighbourhood.limit").entity(Integer.class).isEqualTo(100);
		response.path("neighbourhood.edges[?(@.type == 'HOLDS_POSITION')].explanation.en").entityList(String.class)
			.containsExactly("赵志国 holds the position 总工程师 at 工业和信息化部");
		response.path("neighbourhood.edges[*].sources[*].id").entityList(String.class).containsExactly("src/cic2024",
				"src/cic2024");
	}

	@Test
	void capsAHubSayingSoAndKeepsOnlyEdgesAmongTheReturnedNodes() {
		GraphQlTester.Response response = around("id", "award/wic-leading-technology", "depth", 2, "maxNodes", 10);
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighbourhood.limit").entity(Integer.class).isEqualTo(10);
		List<String> ids = response.path("neighbourhood.nodes[*].id").entityList(String.class).hasSize(10).get();
		assertThat(ids.get(0)).isEqualTo("award/wic-leading-technology");
		assertThat(ids).doesNotHaveDuplicates();
		response.path("neighbourhood.nodes[*].label").entityList(String.class).doesNotContain("Source");
		List<Map<String, Object>> edges = response.path("neighbourhood.edges").entityList(PathsTest.MAP).get();
		assertThat(edges).isNotEmpty().allSatisfy(e -> assertThat(ids).contains((String) e.get("from"), (String) e.get("to")));
		// the same request, the same answer
		assertThat(around("id", "award/wic-leading-technology", "depth", 2, "maxNodes", 10)
			.path("neighbourhood.nodes[*].id").entityList(String.class).get()).isEqualTo(ids);
	}

	@Test
	void keepsNearerEntitiesBeforeFartherOnes() {
		Set<String> ring1 = new HashSet<>(around("id", "event/wic-2024-opening", "depth", 1, "maxNodes", 500)
			.path("neighbourhood.nodes[*].id").entityList(String.class).get());
		List<String> twoRings = around("id", "event/wic-2024-opening", "depth", 2, "maxNodes", 500)
			.path("neighbourhood.nodes[*].id").entityList(String.class).get();
		assertThat(twoRings).hasSizeGreaterThan(ring1.size());
		assertThat(new HashSet<>(twoRings.subList(0, ring1.size()))).isEqualTo(ring1);
		List<String> capped = around("id", "event/wic-2024-opening", "depth", 2, "maxNodes", ring1.size() + 3)
			.path("neighbourhood.nodes[*].id").entityList(String.class).get();
		assertThat(capped).isEqualTo(twoRings.subList(0, ring1.size() + 3));
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.neo4j.driver.Driver driver;

	/** Uncapped, three rings are every entity within three hops that do not pass through a source document. */
	@Test
	void threeRingsAreEverythingWithinThreeHops() {
		for (String centre : List.of("person/zhao-zhiguo", "org/qianxin", "proj/wic2025-lt-memristor")) {
			GraphQlTester.Response response = around("id", centre, "depth", 3, "maxNodes", 500);
			response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(false);
			List<String> nodes = response.path("neighbourhood.nodes[*].id").entityList(String.class).get();
			Set<String> within;
			try (var session = driver.session()) {
				within = new HashSet<>(session.run("""
						MATCH p = (c:Entity {id: $id})-[*1..3]-(m:Entity)
						WHERE m <> c AND none(n IN nodes(p) WHERE n:Source)
						RETURN DISTINCT m.id AS id""", Map.of("id", centre)).list(r -> r.get("id").asString()));
			}
			assertThat(within).as("around " + centre).hasSizeGreaterThan(10);
			assertThat(nodes.get(0)).isEqualTo(centre);
			assertThat(nodes.subList(1, nodes.size())).as("around " + centre).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(within);
		}
	}

	@Test
	void followsOnlyTheRelationshipTypesAsked() {
		around("id", "person/zhao-zhiguo", "types", List.of("HOLDS_POSITION"), "depth", 1)
			.path("neighbourhood.nodes[*].id").entityList(String.class).containsExactly("person/zhao-zhiguo", "org/miit");
	}

	@Test
	void refusesTooDeepTooLargeAndUnknown() {
		expectBadRequest(around("id", "event/wic-2024-opening", "depth", 4), "depth must be between 1 and 3 (got 4)");
		expectBadRequest(around("id", "event/wic-2024-opening", "maxNodes", 501),
				"maxNodes must be between 1 and 500 (got 501)");
		expectBadRequest(around("id", "event/nope"), "no entity has the id 'event/nope'");
	}
}
