package dev.awardgraph.relationship;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** What an organisation took part in, alone or with everything below it. */
@GraphTest
class ActivityTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void unitsActivitiesRollUpNamingTheirHolder() {
		String query = """
				query($u: Boolean) { activities(id: "org/tsinghua", includeUnits: $u, types: ["LEAD_APPLICANT"], first: 50) {
				  totalCount edges { holder { id } relationship { type direction node { id } sources { id } } } } }""";
		int direct = graphQl.document(query).variable("u", false).execute()
			.path("activities.totalCount").entity(Integer.class).get();
		var rolled = graphQl.document(query).variable("u", true).execute();
		rolled.path("activities.totalCount").entity(Integer.class).isEqualTo(direct + 3);
		rolled.path("activities.edges[?(@.holder.id == 'org/tsinghua-tang-jie-team')].relationship.node.id")
			.entityList(String.class).containsExactly("proj/wic2025-lt-glm");
		rolled.path("activities.edges[*].relationship.direction").entityList(String.class)
			.satisfies(d -> assertThat(d).containsOnly("INCOMING"));
		rolled.path("activities.edges[*].relationship.sources[*].id").entityList(String.class)
			.satisfies(s -> assertThat(s).isNotEmpty().allMatch(id -> id.startsWith("src/")));
	}

	@Test
	void theHierarchyItselfIsLeftOut() {
		graphQl.document("""
				{ activities(id: "org/tsinghua", includeUnits: true, first: 500) { edges { holder { id } relationship { type node { id } } } } }""")
			.execute()
			.path("activities.edges[?(@.relationship.type == 'PART_OF')].relationship.node.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).doesNotContain("org/tsinghua", "org/tsinghua-tang-jie-team"));
	}
}
