package dev.awardgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.support.EntityScalars;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Names as users type them — Chinese or English, short or full, traditional or simplified — find one entity. */
@GraphTest
class SearchTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	DatasetLoader loader;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@ParameterizedTest(name = "lookup {0} -> {1}")
	@CsvSource({
			"AMD, org/amd",
			"amd, org/amd",
			"超威半导体公司, org/amd",
			"超威半导体公司（AMD）, org/amd",
			"'超威半导体公司 (AMD)', org/amd",
			"奇安信, org/qianxin",
			"奇安信集团, org/qianxin",
			"中国移动, org/china-mobile",
			"中国移动通信集团有限公司, org/china-mobile",
			"中国电信, org/china-telecom",
			"鄔賀銓, person/wu-hequan",
			"Tsinghua University, org/tsinghua" })
	void resolvesEverySpellingToOneEntity(String name, String id) {
		graphQl.document("query($name: String!) { lookup(name: $name) { id } }").variable("name", name).execute()
			.path("lookup[*].id").entityList(String.class).containsExactly(id);
	}

	@ParameterizedTest(name = "search {0} -> {1} first")
	@CsvSource({
			"超威, org/amd",
			"AMD, org/amd",
			"奇安信, org/qianxin",
			"中国移动, org/china-mobile",
			"鄔賀銓, person/wu-hequan",
			"GitHub Copilot, proj/wic2025-lt-github-copilot",
			"清华大学, org/tsinghua",
			// shares 9 of the text's 11 character pairs; its group, with a shorter name, shares 7
			"中国电子科技集团五十四所, org/cetc-54" })
	void ranksTheEntityUsersMeanFirst(String text, String id) {
		graphQl.document("query($text: String!) { search(text: $text) { entity { id } matchedBy } }")
			.variable("text", text).execute()
			.path("search[0].entity.id").entity(String.class).isEqualTo(id);
	}

	@Test
	void keepsSubsidiariesSeparateFromTheirGroup() {
		graphQl.document("{ search(text: \"中国移动\", label: Organisation, first: 10) { entity { id } } }").execute()
			.path("search[*].entity.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).startsWith("org/china-mobile").contains("org/cmi"));
	}

	/**
	 * An exact name or alias comes first however many other names start with it: here a group whose alias is the
	 * text, after 150 subsidiaries whose names start with it. A prefix query scores all its matches alike and keeps
	 * the first it finds (an entity added or edited last is indexed last), and the cjk index ranks the group's long
	 * names and aliases below the subsidiaries' short ones; before exact names were asked on their own, neither
	 * kept the group among the candidates of a page of ten.
	 */
	@Test
	void putsTheExactNameFirstAmongMoreThanAHundredThatStartWithIt(@TempDir Path dataset) throws IOException {
		Files.createDirectories(dataset.resolve("entities"));
		Files.writeString(dataset.resolve("sources.yaml"), """
				nodes:
				  - {id: src/test, label: Source, name: 测试来源, title: 测试来源, kind: REPORT}
				""");
		StringBuilder organisations = new StringBuilder("nodes:\n");
		for (int i = 1; i <= 150; i++) {
			organisations.append("  - {id: org/test-mobile-").append(i).append(", label: Organisation, name: 测试移动第").append(i)
				.append("分公司, kind: COMPANY, sources: [src/test]}\n");
		}
		organisations.append("""
				  - {id: org/test-mobile, label: Organisation, name: 测试移动通信集团有限公司, kind: COMPANY, sources: [src/test],
				     aliases: [测试移动, Test Mobile Communications Group Corporation Limited, TMCC Holdings International Limited]}
				""");
		Files.writeString(dataset.resolve("entities/organisations.yaml"), organisations);
		try {
			loader.load(dataset.toUri().toString());
			graphQl.document("{ search(text: \"测试移动\", first: 10) { entity { id } matchedBy } }").execute()
				.path("search[0].entity.id").entity(String.class).isEqualTo("org/test-mobile")
				.path("search[0].matchedBy").entity(String.class).isEqualTo("EXACT")
				.path("search[1].matchedBy").entity(String.class).isEqualTo("PREFIX");
		}
		finally {
			loader.load();
		}
	}

	@Test
	void filtersByLabel() {
		graphQl.document("{ search(text: \"世界互联网大会\", label: Event) { entity { label } } }").execute()
			.path("search[*].entity.label").entityList(String.class).satisfies(labels -> assertThat(labels).isNotEmpty().containsOnly("Event"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			\\") MATCH (n) DETACH DELETE n //
			*:*
			name:奇安信 OR *
			' OR 1=1 --
			""")
	void searchesQueryLookingTextAsTextAndChangesNothing(String text) {
		String before = graphQl.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
		graphQl.document("query($text: String!) { search(text: $text) { entity { id } } }").variable("text", text)
			.execute().path("search").entityList(Object.class).hasSizeLessThan(11);
		graphQl.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).isEqualTo(before);
	}

	@Test
	void refusesEmptyAndOverlongSearchTextWithAClearMessage() {
		graphQl.document("{ search(text: \"  \") { entity { id } } }").execute().errors()
			.expect(e -> e.getMessage().equals("search text must not be empty")).verify();
		graphQl.document("query($t: String!) { search(text: $t) { entity { id } } }").variable("t", "长".repeat(201))
			.execute().errors()
			.expect(e -> e.getMessage().contains("at most 200")).verify();
	}

	/**
	 * Search and lookup read only the node properties the request can read (AskedProperties): every scalar field
	 * of every entity type must answer as {@code entities(ids)} does.
	 */
	@Test
	void hitsAnswerEveryField() {
		String node = EntityScalars.node(graphQlSource.schema());
		Object hits = graphQl.document("{ search(text: \"中国\", first: 50) { entity " + node + " } }").execute()
			.path("search").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), hits)).isGreaterThan(10);
		Object found = graphQl.document("{ lookup(name: \"奇安信\") " + node + " }").execute().path("lookup").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), found)).isEqualTo(1);
	}
}
