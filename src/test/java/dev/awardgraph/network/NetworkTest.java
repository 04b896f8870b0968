package dev.awardgraph.network;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.support.EntityScalars;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The co-applicant network on the seed graph. */
@GraphTest
class NetworkTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	DatasetLoader loader;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void partnersOfALeadApplicantAreItsCoApplicantsWithTheProject() {
		graphQl.document("{ coApplicants(id: \"org/china-telecom\") { organisation { id } count projects { id } } }").execute()
			.path("coApplicants[*].organisation.id").entityList(String.class)
			.satisfies(x -> assertThat(x).containsExactlyInAnyOrder("org/huawei-device", "org/cetc-54", "org/hwa-create"))
			.path("coApplicants[*].projects[*].id").entityList(String.class)
			.satisfies(p -> assertThat(p).containsOnly("proj/wic2025-lt-tiantong-direct"));
	}

	@Test
	void networkEdgesAreDistinctPairsWhoseEndsAreNodes() {
		var response = graphQl.document("""
				{ coApplicantNetwork(award: "award/wic-leading-technology", year: 2025) {
				    nodes { entity { id } degree } edges { source target weight projects { id } } } }""").execute();
		List<String> nodes = response.path("coApplicantNetwork.nodes[*].entity.id").entityList(String.class).get();
		List<Map> edges = response.path("coApplicantNetwork.edges").entityList(Map.class).get();
		// tiantong: 4 applicants → 6 pairs; 启蒙, GLM, 诺基亚: 1 each; 低空, VLA, 光量子: 3 applicants → 3 pairs each
		assertThat(edges).hasSize(6 + 3 + 3 * 3);
		assertThat(edges).allSatisfy(e -> {
			assertThat(nodes).contains((String) e.get("source"), (String) e.get("target"));
			assertThat((String) e.get("source")).isLessThan((String) e.get("target"));
			assertThat(e.get("weight")).isEqualTo(((List<?>) e.get("projects")).size());
		});
		response.path("coApplicantNetwork.nodes[?(@.entity.id == 'org/china-telecom')].degree").entityList(Integer.class).containsExactly(3);
		// a year with no Leading Technology conferrals has no network
		graphQl.document("{ coApplicantNetwork(award: \"award/wic-leading-technology\", year: 2024) { nodes { degree } edges { weight } } }")
			.execute().path("coApplicantNetwork.edges").entityList(Map.class).hasSize(0);
	}

	/**
	 * The network walks to its projects from the award's or the year's conferrals; an organisation's partners test
	 * its projects one by one. For every scope, each node's partners must be its edges in the network.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			award/wic-leading-technology | 2025
			award/wic-leading-technology | -
			-                            | 2025
			-                            | -
			""")
	void theNetworkOfAScopeIsItsOrganisationsPartners(String award, Integer year) {
		var network = graphQl.document("""
				query($award: ID, $year: Int) { coApplicantNetwork(award: $award, year: $year) {
				  nodes { entity { id } degree } edges { source target weight } } }""")
			.variable("award", award).variable("year", year).execute();
		List<String> nodes = network.path("coApplicantNetwork.nodes[*].entity.id").entityList(String.class).get();
		List<Map> edges = network.path("coApplicantNetwork.edges").entityList(Map.class).get();
		assertThat(edges).isNotEmpty();
		for (String id : nodes) {
			Map<String, Integer> expected = new java.util.TreeMap<>();
			edges.stream().filter(e -> id.equals(e.get("source")) || id.equals(e.get("target")))
				.forEach(e -> expected.put((String) (id.equals(e.get("source")) ? e.get("target") : e.get("source")), (Integer) e.get("weight")));
			Map<String, Integer> partners = new java.util.TreeMap<>();
			graphQl.document("query($id: ID!, $award: ID, $year: Int) { coApplicants(id: $id, award: $award, year: $year) { organisation { id } count } }")
				.variable("id", id).variable("award", award).variable("year", year).execute()
				.path("coApplicants").entityList(Map.class).get()
				.forEach(p -> partners.put((String) ((Map) p.get("organisation")).get("id"), (Integer) p.get("count")));
			assertThat(partners).as("partners of %s", id).isEqualTo(expected);
		}
	}

	/**
	 * A cut network is the whole network's heaviest edges (the same order) and the organisations at their ends,
	 * each with its degree in the whole network. Every pair of the seeds applied once together, so a second project
	 * of 银河通用 and 香港大学 is added for the test: their edge must come first although its ids do not.
	 */
	@ParameterizedTest
	@CsvSource({ "1", "3", "7" })
	void aCutNetworkIsTheHeaviestEdgesOfTheWholeOne(int maxEdges) {
		neo4j.query("""
				MATCH (a:Entity {id: 'org/galbot'})
				MATCH (b:Entity {id: 'org/hku'})
				CREATE (a)<-[:LEAD_APPLICANT]-(:Entity:Project {id: 'proj/test-second', name: '测试项目'})-[:CO_APPLICANT]->(b)""")
			.run();
		try {
			assertCutIsHeaviestEdges(maxEdges);
		}
		finally {
			loader.load();
		}
	}

	private void assertCutIsHeaviestEdges(int maxEdges) {
		String document = """
				query($max: Int) { coApplicantNetwork(maxEdges: $max) {
				  nodes { entity { id } degree projects } edges { source target weight } truncated limit } }""";
		var whole = graphQl.document(document).variable("max", 5000).execute();
		List<Map> all = whole.path("coApplicantNetwork.edges").entityList(Map.class).get();
		List<Map> allNodes = whole.path("coApplicantNetwork.nodes").entityList(Map.class).get();
		whole.path("coApplicantNetwork.truncated").entity(Boolean.class).isEqualTo(false);
		assertThat(all).hasSizeGreaterThan(maxEdges);
		assertThat(all).extracting(e -> (Integer) e.get("weight")).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(all.get(0)).isEqualTo(Map.of("source", "org/galbot", "target", "org/hku", "weight", 2));

		var cut = graphQl.document(document).variable("max", maxEdges).execute();
		List<Map> edges = cut.path("coApplicantNetwork.edges").entityList(Map.class).get();
		assertThat(edges).isEqualTo(all.subList(0, maxEdges));
		cut.path("coApplicantNetwork.truncated").entity(Boolean.class).isEqualTo(true)
			.path("coApplicantNetwork.limit").entity(Integer.class).isEqualTo(maxEdges);
		List<Map> nodes = cut.path("coApplicantNetwork.nodes").entityList(Map.class).get();
		assertThat(nodes).extracting(n -> ((Map) n.get("entity")).get("id")).containsExactlyInAnyOrderElementsOf(
				edges.stream().flatMap(e -> Stream.of(e.get("source"), e.get("target"))).distinct().toList());
		assertThat(allNodes).containsAll(nodes);
	}

	@Test
	void anEdgeCapOutsideItsBoundsIsRefused() {
		for (int max : new int[] { 0, 5001 }) {
			graphQl.document("{ coApplicantNetwork(maxEdges: %d) { truncated } }".formatted(max)).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage())
					.isEqualTo("maxEdges must be between 1 and 5000 (got " + max + ")")));
		}
	}

	/**
	 * The network statements read only the node properties the request can read (AskedProperties): every scalar
	 * field of every entity type must answer as {@code entities(ids)} does.
	 */
	@Test
	void partnersAndProjectsAnswerEveryField() {
		String node = EntityScalars.node(graphQlSource.schema());
		Object partners = graphQl.document("{ coApplicants(id: \"org/china-telecom\") { organisation %1$s projects %1$s } }"
			.formatted(node)).execute().path("coApplicants").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), partners)).isGreaterThan(5);
		Object network = graphQl.document("{ coApplicantNetwork { nodes { entity %1$s } edges { projects %1$s } } }"
			.formatted(node)).execute().path("coApplicantNetwork").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), network)).isGreaterThan(20);
	}
}
