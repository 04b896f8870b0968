package dev.awardgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** The graph of the five seed documents, asked through GraphQL as analysts and journalists would. */
@GraphTest
class SeedGraphTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void listsAllFourteenWinnersOfThe2024OutstandingContributionAwardInListOrder() {
		GraphQlTester.Response response = graphQl.documentName("awardList")
			.variable("id", "list/wic2024-outstanding-contribution").execute();

		response.path("entity.award.node.id").entity(String.class).isEqualTo("award/wic-outstanding-contribution");
		List<Integer> orders = response.path("entity.entries[*].order").entityList(Integer.class).get();
		assertThat(orders).hasSize(14).isSorted().startsWith(1).endsWith(14);
		List<String> winners = response.path("entity.entries[*].node.recipients[0].node.id").entityList(String.class).get();
		assertThat(winners).hasSize(14).doesNotHaveDuplicates().startsWith("org/qianxin").contains("org/amd",
				"org/china-telecom", "org/hygon");
		assertThat(response.path("entity.entries[*].node.recipients[0].node.label").entityList(String.class).get())
			.containsOnly("Organisation");
		assertThat(response.path("entity.entries[*].node.year").entityList(Integer.class).get()).containsOnly(2024);
	}

	@Test
	void listsThe17LeadingTechnologyProjectsOf2025ByCategory() {
		GraphQlTester.Response response = graphQl.documentName("award").variable("id", "award/wic-leading-technology")
			.execute();
		List<Map<String, Object>> categories = response.path("entity.categories[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
		Map<String, Integer> projectsPerCategory = new java.util.TreeMap<>();
		categories.forEach(c -> projectsPerCategory.put((String) c.get("name"), ((List<?>) c.get("conferrals")).size()));
		assertThat(projectsPerCategory).containsOnlyKeys("基础研究", "关键技术", "工程研发")
			.containsEntry("基础研究", 2).containsEntry("关键技术", 10).containsEntry("工程研发", 5);

		GraphQlTester.Response list = graphQl.documentName("awardList").variable("id", "list/wic2025-leading-technology")
			.execute();
		assertThat(list.path("entity.entries[*].node.recipients[0].node.label").entityList(String.class).get())
			.hasSize(17).containsOnly("Project");
	}

	@Test
	void givesAProjectItsLeadApplicantAndCoApplicantsInListedOrderWithSources() {
		GraphQlTester.Response response = graphQl.documentName("project")
			.variable("id", "proj/wic2025-lt-tiantong-direct").execute();

		response.path("entity.lead.node.id").entity(String.class).isEqualTo("org/china-telecom");
		response.path("entity.coApplicants[*].node.id").entityList(String.class)
			.containsExactly("org/huawei-device", "org/cetc-54", "org/hwa-create");
		response.path("entity.coApplicants[*].order").entityList(Integer.class).containsExactly(1, 2, 3);
		response.path("entity.coApplicants[0].sources[0].id").entity(String.class).isEqualTo("src/cac-2026-calls");
		response.path("entity.coApplicants[0].sources[0].date").entity(String.class).isEqualTo("2026-03-18");
		response.path("entity.honours[0].node.category.node.name").entity(String.class).isEqualTo("关键技术");
	}

	@Test
	void listsThe12FlagshipPracticeCasesAndBothExcellenceOrganisationLists() {
		GraphQlTester.Response cases = graphQl.documentName("awardList")
			.variable("id", "list/wic2025-practice-case-flagship").execute();
		assertThat(cases.path("entity.entries[*].node.recipients[0].node.label").entityList(String.class).get())
			.hasSize(12).containsOnly("Project");
		cases.path("entity.entries[*].order").entityList(Integer.class)
			.containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

		for (String list : List.of("list/wic2025-lt-excellence-organisations",
				"list/wic2025-practice-case-excellence-organisations")) {
			List<String> honoured = graphQl.documentName("awardList").variable("id", list).execute()
				.path("entity.entries[*].node.recipients[0].node.id").entityList(String.class).get();
			assertThat(honoured).as(list).hasSize(8).doesNotHaveDuplicates().contains("org/miit", "org/china-mobile");
		}
	}

	@Test
	void describesThe2026CallsWithDeadlineAndCategories() {
		GraphQlTester.Response response = graphQl.documentName("award").variable("id", "award/wic-leading-technology")
			.execute();
		response.path("entity.calls[0].node.year").entity(Integer.class).isEqualTo(2026);
		response.path("entity.calls[0].node.deadline").entity(String.class)
			.satisfies(deadline -> assertThat(deadline).startsWith("2026-06-15"));
		response.path("entity.calls[0].node.categories[*].node.name").entityList(String.class)
			.containsExactly("基础研究", "关键技术", "工程研发");
	}
}
