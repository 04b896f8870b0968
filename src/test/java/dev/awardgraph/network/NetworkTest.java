package dev.awardgraph.network;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.EntityScalars;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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
