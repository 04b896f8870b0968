package dev.awardgraph.network;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The co-applicant network on the seed graph. */
@GraphTest
class NetworkTest {

	@LocalServerPort
	int port;

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
}
