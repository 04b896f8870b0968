package dev.awardgraph.stats;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboard numbers agree with the lists they count. */
@GraphTest
class StatsTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void conferralsByAwardAndYearAndByCategory() {
		var response = graphQl.document("""
				{ stats {
				    byAward: conferrals(groupBy: [AWARD, YEAR]) { award { id } year category { id } count }
				    byCategory: conferrals(groupBy: [CATEGORY], filter: {awards: ["award/wic-leading-technology"]}) { category { name } count }
				    all: conferrals(groupBy: []) { count } } }""").execute();
		response.path("stats.byAward[?(@.award.id == 'award/wic-outstanding-contribution')].count").entityList(Integer.class).containsExactly(14);
		response.path("stats.byAward[?(@.award.id == 'award/wic-leading-technology' && @.year == 2025)].count").entityList(Integer.class).containsExactly(17);
		response.path("stats.byAward[*].category").entityList(Object.class).satisfies(c -> assertThat(c).containsOnlyNulls());
		response.path("stats.byCategory").entityList(Map.class).satisfies(rows -> assertThat(rows).extracting(r -> ((Map<?, ?>) r.get("category")).get("name") + "=" + r.get("count"))
			.containsExactlyInAnyOrder("基础研究=2", "关键技术=10", "工程研发=5"));
		int total = response.path("stats.all[0].count").entity(Integer.class).get();
		int summed = response.path("stats.byAward[*].count").entityList(Integer.class).get().stream().mapToInt(Integer::intValue).sum();
		assertThat(summed).isEqualTo(total);
	}

	@Test
	void organisationsByKindAddUpToAllOrganisations() {
		var response = graphQl.document("""
				{ stats { organisationsByKind { name count } } list(label: Organisation, first: 0) { totalCount } }""").execute();
		int total = response.path("list.totalCount").entity(Integer.class).get();
		List<Integer> counts = response.path("stats.organisationsByKind[*].count").entityList(Integer.class).get();
		assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
		response.path("stats.organisationsByKind[*].name").entityList(String.class).contains("COMPANY", "UNIVERSITY", "GOVERNMENT");
	}

	@Test
	void rollUpCreditsAUniversityWithItsTeamsHonours() {
		int direct = topCount(false, "org/tsinghua");
		int rolledUp = topCount(true, "org/tsinghua");
		// three 2025 Leading Technology projects were applied for by Tsinghua teams (清华大学…团队)
		assertThat(rolledUp).isEqualTo(direct + 3);
		graphQl.document("{ stats { topCoApplicants(first: 1) { entity { id } count } } }").execute()
			.path("stats.topCoApplicants[0].count").entity(Integer.class).isEqualTo(3);
	}

	private int topCount(boolean includeUnits, String id) {
		return graphQl.document("query($u: Boolean) { stats { topHonoured(includeUnits: $u, first: 200) { entity { id } count } } }")
			.variable("u", includeUnits).execute()
			.path("stats.topHonoured[?(@.entity.id == '" + id + "')].count").entityList(Integer.class).get().get(0);
	}
}
