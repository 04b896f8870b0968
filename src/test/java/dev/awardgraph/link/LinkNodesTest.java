package dev.awardgraph.link;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.EntityScalars;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths, neighbourhoods and common links read only the node properties the request can read (AskedProperties),
 * plus the names their explanations are written with. Every scalar field of every entity type must still answer
 * as {@code entities(ids)} does, and an explanation must name the entities when the request asks no name.
 */
@GraphTest
class LinkNodesTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	HttpGraphQlTester graphQl;

	String node;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
		node = EntityScalars.node(graphQlSource.schema());
	}

	@Test
	void pathNodesAnswerEveryField() {
		Object paths = graphQl.document("""
				{ paths(from: "person/zhao-zhiguo", to: "org/qianxin", maxHops: 4, first: 10) {
				  nodes %1$s hops { from %1$s to %1$s } } }""".formatted(node))
			.execute().path("paths").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), paths)).isGreaterThan(6);
	}

	@Test
	void neighbourhoodNodesAnswerEveryField() {
		Object around = graphQl.document("""
				{ neighbourhood(id: "award/wic-leading-technology", depth: 2, maxNodes: 100) { center %1$s nodes %1$s } }"""
			.formatted(node)).execute().path("neighbourhood").entity(Object.class).get();
		assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), around)).isGreaterThan(50);
	}

	/** One part at a time: the whole selection at six places is more fields than a request may ask. */
	@Test
	void commonLinkNodesAnswerEveryField() {
		for (String part : List.of("neighbours { node %s }", "neighbours { fromA { nodes %s } fromB { nodes %s } }",
				"honours { node %s }", "honours { fromA { nodes %s } fromB { nodes %s } }")) {
			Object common = graphQl.document("{ commonLinks(a: \"org/china-telecom\", b: \"org/huawei-device\") { "
					+ part.replace("%s", node) + " } }")
				.execute().path("commonLinks").entity(Object.class).get();
			assertThat(EntityScalars.assertAnswersAsEntities(graphQl, graphQlSource.schema(), common)).as(part).isPositive();
		}
	}

	/** The names are read for the sentences even when no name field is asked. */
	@Test
	void explanationsNameTheEntitiesWhenNoNameIsAsked() {
		String withNames = """
				{ neighbourhood(id: "person/zhao-zhiguo") { nodes { name } edges { explanation { en } } }
				  paths(from: "person/zhao-zhiguo", to: "org/qianxin") { nodes { name } hops { explanation { zh en } } }
				  commonLinks(a: "org/china-telecom", b: "org/huawei-device") { neighbours { node { name } summary { en } } } }""";
		Map<String, Object> named = answer(withNames);
		Map<String, Object> unnamed = answer(withNames.replace("nodes { name } ", "").replace("node { name } ", ""));
		assertThat(unnamed.toString()).contains("赵志国 holds the position 总工程师 at 工业和信息化部")
			.doesNotContain("person/zhao-zhiguo").doesNotContain("name=");
		// the same sentences as with the names asked
		assertThat(((Map<?, ?>) unnamed.get("neighbourhood")).get("edges"))
			.isEqualTo(((Map<?, ?>) named.get("neighbourhood")).get("edges"));
		assertThat(hops(unnamed)).isEqualTo(hops(named)).isNotEmpty();
		assertThat(summaries(unnamed)).isEqualTo(summaries(named)).isNotEmpty();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> answer(String document) {
		return graphQl.document(document).execute().path("").entity(Map.class).get();
	}

	private static List<Object> hops(Map<String, Object> answer) {
		return ((List<?>) answer.get("paths")).stream().map(p -> ((Map<?, ?>) p).get("hops")).map(Object.class::cast).toList();
	}

	private static List<Object> summaries(Map<String, Object> answer) {
		return ((List<?>) ((Map<?, ?>) answer.get("commonLinks")).get("neighbours")).stream()
			.map(n -> ((Map<?, ?>) n).get("summary")).map(Object.class::cast).toList();
	}
}
