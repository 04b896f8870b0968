package dev.awardgraph.link;

import static dev.awardgraph.link.PathsTest.expectBadRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** What two entities have in common: shared neighbours, and awards, lists and events shared through conferrals. */
@GraphTest
class CommonLinksTest {

	static final String LIST = "list/wic2024-outstanding-contribution";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	GraphQlTester.Response common(String a, String b) {
		return graphQl.documentName("commonLinks").variable("a", a).variable("b", b).execute();
	}

	@Test
	void findsTheListBothWereHonouredInWithTheirEntryNumbersAndSources() {
		GraphQlTester.Response response = common("org/qianxin", "org/amd");
		response.path("commonLinks.honours[*].node.id").entityList(String.class)
			.contains(LIST, "award/wic-outstanding-contribution", "event/wic-2024-opening");
		String list = "commonLinks.honours[?(@.node.id == '" + LIST + "')]";
		response.path(list + ".summary.en").entityList(String.class).containsExactly(
				"奇安信科技集团股份有限公司 (entry 1) and 超威半导体公司 (entry 6) are both listed in 2024年世界互联网大会杰出贡献奖获奖企业名单");
		response.path(list + ".summary.zh").entityList(String.class).containsExactly(
				"奇安信科技集团股份有限公司（第1位） 与 超威半导体公司（第6位） 均列入 2024年世界互联网大会杰出贡献奖获奖企业名单");
		response.path(list + ".fromA[0].nodes[*].id").entityList(String.class)
			.containsExactly("org/qianxin", "conf/wic2024-oc-01", LIST);
		response.path(list + ".fromA[0].hops[*].type").entityList(String.class).containsExactly("RECIPIENT", "LISTED_IN");
		response.path(list + ".fromA[0].hops[1].order").entityList(Integer.class).containsExactly(1);
		response.path(list + ".fromB[0].hops[1].order").entityList(Integer.class).containsExactly(6);
		response.path(list + ".fromB[0].hops[1].explanation.en").entityList(String.class).containsExactly(
				"2024 · 世界互联网大会杰出贡献奖 · 超威半导体公司 is entry 6 of 2024年世界互联网大会杰出贡献奖获奖企业名单");
		response.path("commonLinks.honours[*].fromA[*].hops[*].sources[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).isNotEmpty().containsOnly("src/wic2024-qianxin"));
	}

	@Test
	void findsTheProjectTwoCoApplicantsShareAndTheAwardItWon() {
		GraphQlTester.Response response = common("org/china-telecom", "org/huawei-device");
		response.path("commonLinks.neighbours[*].node.id").entityList(String.class).contains("proj/wic2025-lt-tiantong-direct");
		response.path("commonLinks.neighbours[?(@.node.id == 'proj/wic2025-lt-tiantong-direct')].fromA[*].hops[*].type")
			.entityList(String.class).containsExactly("LEAD_APPLICANT");
		response.path("commonLinks.neighbours[?(@.node.id == 'proj/wic2025-lt-tiantong-direct')].fromB[*].hops[*].type")
			.entityList(String.class).containsExactly("CO_APPLICANT");
		// the award went to the project: each reaches it in three hops, through the project and its conferral
		String award = "commonLinks.honours[?(@.node.id == 'award/wic-leading-technology')]";
		response.path(award + ".fromB[*].nodes[*].id").entityList(String.class)
			.contains("org/huawei-device", "proj/wic2025-lt-tiantong-direct", "award/wic-leading-technology");
		response.path(award + ".summary.en").entityList(String.class).containsExactly(
				"中国电信集团有限公司 and 华为终端有限公司 (or projects they applied for) both received 世界互联网大会领先科技奖");
	}

	@Test
	void refusesUnknownIdsAndTheSameEntityTwice() {
		expectBadRequest(common("org/qianxin", "org/does-not-exist"), "no entity has the id 'org/does-not-exist'");
		expectBadRequest(common("org/amd", "org/amd"), "the two entities must be different (both are 'org/amd')");
	}
}
