package dev.awardgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** How two entities are connected: shortest paths, every hop explained and cited. */
@GraphTest
class PathsTest {

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	GraphQlTester.Response paths(Object... vars) {
		return graphQl.documentName("paths").variables(GraphQlClient.vars(vars)).execute();
	}

	@Test
	@SuppressWarnings("unchecked")
	void connectsAPersonToACompanyWithEveryHopCitedAndExplained() {
		GraphQlTester.Response response = paths("from", "person/zhao-zhiguo", "to", "org/qianxin", "maxHops", 4);
		List<Map<String, Object>> paths = response.path("paths").entityList(MAP).get();
		assertThat(paths).isNotEmpty().allSatisfy(path -> {
			assertThat(path.get("length")).isEqualTo(4);
			List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
			List<Map<String, Object>> hops = (List<Map<String, Object>>) path.get("hops");
			assertThat(nodes).first().extracting(n -> n.get("id")).isEqualTo("person/zhao-zhiguo");
			assertThat(nodes).last().extracting(n -> n.get("id")).isEqualTo("org/qianxin");
			assertThat(nodes).extracting(n -> n.get("label")).doesNotContain("Source");
			assertThat(hops).hasSize(4).allSatisfy(hop -> {
				assertThat((List<?>) hop.get("sources")).isNotEmpty();
				Map<String, String> explanation = (Map<String, String>) hop.get("explanation");
				assertThat(explanation.get("zh")).isNotBlank();
				assertThat(explanation.get("en")).isNotBlank();
			});
			for (int i = 0; i < hops.size(); i++) {
				assertThat(((Map<String, Object>) hops.get(i).get("from")).get("id")).isEqualTo(nodes.get(i).get("id"));
				assertThat(((Map<String, Object>) hops.get(i).get("to")).get("id")).isEqualTo(nodes.get(i + 1).get("id"));
			}
		});
		// the last hop walks LOCATED_IN backwards (Beijing → Qi An Xin) and still reads as stored
		response.path("paths[0].hops[3].type").entity(String.class).isEqualTo("LOCATED_IN");
		response.path("paths[0].hops[3].direction").entity(String.class).isEqualTo("INCOMING");
		response.path("paths[0].hops[3].explanation.zh").entity(String.class).isEqualTo("奇安信科技集团股份有限公司 位于 北京市");
		response.path("paths[0].hops[3].sources[*].id").entityList(String.class).containsExactly("src/wic2024-qianxin");
	}

	@Test
	void explainsAPositionInItsStoredDirectionWhicheverWayItIsWalked() {
		for (String[] ends : new String[][] { { "person/zhao-zhiguo", "org/miit", "OUTGOING" },
				{ "org/miit", "person/zhao-zhiguo", "INCOMING" } }) {
			GraphQlTester.Response response = paths("from", ends[0], "to", ends[1], "types", List.of("HOLDS_POSITION"));
			response.path("paths[0].length").entity(Integer.class).isEqualTo(1);
			response.path("paths[0].hops[0].direction").entity(String.class).isEqualTo(ends[2]);
			response.path("paths[0].hops[0].title").entity(String.class).isEqualTo("总工程师");
			response.path("paths[0].hops[0].explanation.zh").entity(String.class).isEqualTo("赵志国 任 工业和信息化部 总工程师");
			response.path("paths[0].hops[0].explanation.en").entity(String.class)
				.isEqualTo("赵志国 holds the position 总工程师 at 工业和信息化部");
			response.path("paths[0].hops[0].sources[*].id").entityList(String.class).containsExactly("src/cic2024");
		}
	}

	@Test
	void explainsALeadApplicant() {
		paths("from", "org/china-telecom", "to", "proj/wic2025-lt-tiantong-direct", "maxHops", 1)
			.path("paths[0].hops[0].explanation.zh").entity(String.class)
			.isEqualTo("中国电信集团有限公司 是 大众智能手机直连天通卫星系统的关键技术及规模应用 的申报主体");
	}

	@Test
	void restrictingRelationshipTypesChangesTheAnswer() {
		List<String> types = List.of("HOLDS_POSITION", "SPOKE_AT", "ATTENDED", "PART_OF");
		GraphQlTester.Response response = paths("from", "person/zhao-zhiguo", "to", "org/qianxin", "maxHops", 6, "types",
				types, "first", 10);
		response.path("paths[*].length").entityList(Integer.class).hasSizeGreaterThan(1).satisfies(
				lengths -> assertThat(lengths).containsOnly(5));
		response.path("paths[*].hops[*].type").entityList(String.class).satisfies(
				used -> assertThat(types).containsAll(used));
	}

	@Test
	void putsPathsThroughLessConnectedEntitiesFirstInAStableOrder() {
		GraphQlTester.Response response = paths("from", "org/qianxin", "to", "org/china-telecom", "first", 10);
		List<Map<String, Object>> paths = response.path("paths").entityList(MAP).get();
		assertThat(paths).hasSize(5);
		response.path("paths[0].nodes[*].id").entityList(String.class).containsExactly("org/qianxin",
				"person/qi-xiangdong", "event/cic-2024-industry-voices", "person/luan-xiaowei", "org/china-telecom");
		assertThat(paths("from", "org/qianxin", "to", "org/china-telecom", "first", 10).path("paths").entityList(MAP).get())
			.isEqualTo(paths);
		assertThat(paths("from", "org/qianxin", "to", "org/china-telecom", "first", 2).path("paths").entityList(MAP).get())
			.isEqualTo(paths.subList(0, 2));
	}

	@Test
	void noPathWithinTheLimitIsAnEmptyListNotAnError() {
		paths("from", "person/zhao-zhiguo", "to", "org/qianxin", "maxHops", 2).errors().verify()
			.path("paths").entityList(Object.class).hasSize(0);
	}

	@Test
	void refusesAHopLimitBeyondTheMaximumSayingTheBound() {
		paths("from", "person/zhao-zhiguo", "to", "org/qianxin", "maxHops", 7).errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
					&& e.getMessage().equals("maxHops must be between 1 and 6 (got 7)"))
			.verify();
	}

	@Test
	void refusesUnknownIdsTypesSameEndsAndTooManyPaths() {
		expectBadRequest(paths("from", "person/zhao-zhiguo", "to", "org/does-not-exist"),
				"no entity has the id 'org/does-not-exist'");
		expectBadRequest(paths("from", "person/nobody", "to", "org/qianxin"), "no entity has the id 'person/nobody'");
		expectBadRequest(paths("from", "org/qianxin", "to", "org/qianxin"),
				"the two entities must be different (both are 'org/qianxin')");
		expectBadRequest(paths("from", "org/qianxin", "to", "org/amd", "first", 11), "first must be between 1 and 10 (got 11)");
		paths("from", "org/qianxin", "to", "org/amd", "types", List.of("FRIEND_OF")).errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
					&& e.getMessage().startsWith("unknown relationship type 'FRIEND_OF'"))
			.verify();
	}

	static void expectBadRequest(GraphQlTester.Response response, String message) {
		response.errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().equals(message)).verify();
	}
}
