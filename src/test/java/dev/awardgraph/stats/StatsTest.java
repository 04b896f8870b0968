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

	@org.springframework.beans.factory.annotation.Autowired
	dev.awardgraph.dataset.DatasetLoader loader;

	/** Counts are kept between requests (StatsCache) but never outlive a change to the graph. */
	@Test
	void countsFollowEveryChangeToTheGraph() {
		String query = "{ stats { organisationsByKind { name count } } }";
		int companies = companies(query);
		assertThat(companies(query)).isEqualTo(companies); // asked twice, the second from the cache
		try {
			GraphQlClient.forPort(port, dev.awardgraph.support.TestTokens.EDITOR).document("""
					mutation { createEntity(input: {label: Organisation, name: "统计测试公司", kind: "COMPANY"},
					  source: {title: "统计测试来源", publisher: "某协会", url: "https://example.org/stats-test", date: "2026-05"}) { errors { message } } }""")
				.execute().path("createEntity.errors").entityList(Object.class).hasSize(0);
			assertThat(companies(query)).isEqualTo(companies + 1);
		}
		finally {
			loader.load();
		}
		assertThat(companies(query)).isEqualTo(companies);
	}

	private int companies(String query) {
		return graphQl.document(query).execute()
			.path("stats.organisationsByKind[?(@.name == 'COMPANY')].count").entityList(Integer.class).get().get(0);
	}
}
