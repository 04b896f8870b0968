package dev.awardgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Merge candidates are found without comparing every pair; the pairs found must be the pairs a comparison of every
 * pair finds, which this test still runs, in Cypher, as the reference.
 */
@GraphTest
class MergeCandidatesTest {

	/** The statement that compared every pair of entities (before the candidates were looked up), as the reference. */
	private static final String EVERY_PAIR = """
			MATCH (a:Entity) WHERE NOT a:Source AND NOT a:Conferral
			MATCH (b:Entity) WHERE a.id < b.id AND labels(a) = labels(b)
			WITH a, b, [k IN a.keys WHERE k IN b.keys] AS shared,
			     [k IN a.keys WHERE size(k) >= 4 AND any(x IN b.keys WHERE size(x) >= 4 AND x <> k
			                                         AND (x CONTAINS k OR k CONTAINS x))] AS nested
			WHERE (size(shared) > 0 OR size(nested) > 0) AND NOT EXISTS { (a)-[:PART_OF*1..3]-(b) }
			WITH a, b, shared, nested, EXISTS { (a)-[:PART_OF]->(:Entity)<-[:PART_OF]-(b) } AS sameParent
			ORDER BY size(shared) DESC, sameParent DESC, a.id, b.id
			RETURN a.id + ' ' + b.id AS pair""";

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void everyLabelsCandidatesAreThePairsEveryPairComparedFinds() {
		List<String> expected = List.copyOf(neo4j.query(EVERY_PAIR).fetchAs(String.class).all());
		assertThat(expected).hasSizeGreaterThan(5);
		List<String> found = new ArrayList<>();
		graphQl.document("{ mergeCandidates(first: 500) { a { id } b { id } } }").execute()
			.path("mergeCandidates").entityList(Map.class).get()
			.forEach(c -> found.add(((Map) c.get("a")).get("id") + " " + ((Map) c.get("b")).get("id")));
		assertThat(found).isEqualTo(expected);
		graphQl.document("{ mergeCandidates(label: Award, first: 500) { a { id } b { id } } }").execute()
			.path("mergeCandidates[*].a.id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("award/")));
	}

	/** The candidates of each entity in a pair, and of some in none, are its pairs: it as a, the other as b. */
	@Test
	void anEntitysCandidatesAreItsPairs() {
		Map<String, Set<String>> partners = new TreeMap<>();
		for (String pair : neo4j.query(EVERY_PAIR).fetchAs(String.class).all()) {
			String[] ids = pair.split(" ");
			partners.computeIfAbsent(ids[0], x -> new TreeSet<>()).add(ids[1]);
			partners.computeIfAbsent(ids[1], x -> new TreeSet<>()).add(ids[0]);
		}
		for (String id : List.of("org/qianxin", "person/wu-hequan", "org/huawei")) {
			partners.putIfAbsent(id, Set.of());
		}
		partners.forEach((id, expected) -> graphQl.document("query($id: ID) { mergeCandidates(id: $id, first: 500) { a { id } b { id } reasons } }")
			.variable("id", id).execute()
			.path("mergeCandidates[*].a.id").entityList(String.class).satisfies(a -> assertThat(a).allSatisfy(x -> assertThat(x).isEqualTo(id)))
			.path("mergeCandidates[*].b.id").entityList(String.class)
			.satisfies(b -> assertThat(new TreeSet<>(b)).as("candidates of %s", id).isEqualTo(expected)));
	}

	@Test
	void aPairFoundByAPartOfAName() {
		// 领先科技奖 (an alias of the award) lies inside 世界互联网大会领先科技奖卓越组织, not at its start; both are reasons
		graphQl.document("{ mergeCandidates(id: \"award/wic-lt-excellence-organisation\") { b { id } reasons } }").execute()
			.path("mergeCandidates[?(@.b.id == 'award/wic-leading-technology')].reasons[*]").entityList(String.class)
			.satisfies(r -> assertThat(r).singleElement().asString().contains("世界互联网大会领先科技奖", "领先科技奖"));
	}

	@Test
	void labelAndIdTogetherAnUnknownIdOrASourceAreRefused() {
		graphQl.document("{ mergeCandidates(label: Organisation, id: \"org/qianxin\") { b { id } } }").execute().errors()
			.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getMessage()).isEqualTo(
					"give label or id, not both: the candidates of an entity are of its label")));
		graphQl.document("{ mergeCandidates(id: \"org/no-such\") { b { id } } }").execute().errors()
			.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getMessage()).isEqualTo(
					"no entity with id 'org/no-such'")));
		graphQl.document("{ mergeCandidates(id: \"src/cic2024\") { b { id } } }").execute().errors()
			.satisfy(e -> assertThat(e).singleElement().satisfies(x -> assertThat(x.getMessage()).isEqualTo(
					"src/cic2024 is a Source; sources and conferrals have no merge candidates")));
	}

	@Test
	void pairsAreFoundBySharedKeysAndByKeysInsideOthers() {
		Map<String, List<String>> keys = new TreeMap<>();
		keys.put("x/1", List.of("中国电子", "cec"));
		keys.put("x/2", List.of("中国电子科技集团"));
		keys.put("x/3", List.of("cec"));
		keys.put("x/4", List.of("电子科技"));
		keys.put("x/5", List.of("中国"));
		keys.put("x/6", List.of("中国人"));
		keys.put("x/7", List.of("科技集团"));
		assertThat(MergeCandidates.pairs(keys)).containsExactlyInAnyOrder(
				List.of("x/1", "x/2"), // 中国电子 at the start of 中国电子科技集团
				List.of("x/1", "x/3"), // cec shared
				List.of("x/2", "x/4"), // 电子科技 inside; 中国 and 中国人 are shorter than four characters
				List.of("x/2", "x/7")); // 科技集团 at the end
	}
}
