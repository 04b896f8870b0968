package dev.awardgraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

@GraphTest
class DatasetLoadingTest {

	@Autowired
	DatasetLoader loader;

	@Autowired
	SchemaApplier schema;

	@Autowired
	Neo4jClient neo4j;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void loadingTheSameDatasetTwiceLeavesAnIdenticalGraph() {
		String before = graphHash();
		DatasetLoader.LoadReport first = loader.load();
		String afterFirst = graphHash();
		DatasetLoader.LoadReport second = loader.load();
		String afterSecond = graphHash();

		assertThat(afterFirst).isEqualTo(before).isEqualTo(afterSecond).isEqualTo(first.hash()).isEqualTo(second.hash());
		assertThat(first.nodes()).isGreaterThan(300);
		// the counts come from the count store, the load report from the loader: they must agree
		var counts = graphQl.document("{ graph { nodeCount relationshipCount } }").execute();
		assertThat(counts.path("graph.nodeCount").entity(Integer.class).get()).isEqualTo(first.nodes());
		assertThat(counts.path("graph.relationshipCount").entity(Integer.class).get()).isEqualTo(first.relationships());
	}

	/**
	 * A restart skips the statements whose index or constraint exists by name (so every one must be named), and a
	 * store of an earlier version loses the constraints retired since (schema/neo4j/003-retired.cypher).
	 */
	@Test
	void everySchemaStatementIsNamedAndAppliedAndReapplyingItDropsOnlyWhatIsRetired() {
		List<String> statements = SchemaApplier.statements();
		List<String> names = statements.stream().map(SchemaApplier::name).toList();
		assertThat(names).doesNotContainNull().doesNotHaveDuplicates().contains("entity_id", "entity_search", "entity_keys",
				"organisation_id");
		Set<String> before = schemaNames();
		assertThat(statements).allSatisfy(statement -> assertThat(before.contains(SchemaApplier.name(statement)))
			.as(statement).isNotEqualTo(SchemaApplier.drops(statement)));

		neo4j.query("CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE").run();
		assertThat(schemaNames()).contains("organisation_id");
		schema.apply();
		assertThat(schemaNames()).isEqualTo(before);
	}

	private Set<String> schemaNames() {
		Set<String> names = new HashSet<>(neo4j.query("SHOW INDEXES YIELD name RETURN name").fetchAs(String.class).all());
		names.addAll(neo4j.query("SHOW CONSTRAINTS YIELD name RETURN name").fetchAs(String.class).all());
		return names;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unknown-reference | facts/bad.yaml: relationships[0] (org/a CO_APPLICANT_X org/nowhere) | unknown relationship type
			dangling-reference | facts/bad.yaml: relationships[0] (org/a PART_OF org/nowhere): unknown reference 'org/nowhere' | org/nowhere
			missing-source | entities/bad.yaml: nodes[1] (org/b): missing 'sources' | every fact cites
			unknown-source | entities/bad.yaml: nodes[1] (org/b): source 'src/nope' is not a Source id | src/nope
			bad-date | entities/bad.yaml: nodes[1] (event/e): 'startDate' must be a real date | 2024-02-30
			duplicate-key | entities/bad.yaml: nodes[2]: duplicate id 'org/a' (first defined at classpath:bad-datasets/duplicate-key/entities/bad.yaml: nodes[1]) | org/a
			wrong-endpoints | facts/bad.yaml: relationships[0] (person/p HOLDS_POSITION event/e): HOLDS_POSITION joins | Person
			unknown-kind | entities/bad.yaml: nodes[1] (org/a): 'kind' must be one of | CORPORATION
			not-yaml | entities/bad.yaml: not valid YAML | YAML
			same-name-twice | entities/bad.yaml: nodes[2] (org/b): name or alias '中国移动' is also used by 'org/a' | merge
			control-character | entities/bad.yaml: nodes[1] (org/a): 'aliases' contains the control character U+0007 | printable
			""")
	void refusesABadDatasetNamingFileAndRecordAndLeavesTheGraphUnchanged(String dataset, String expected, String detail) {
		String before = graphHash();

		assertThatThrownBy(() -> loader.load("classpath:bad-datasets/" + dataset + "/"))
			.isInstanceOf(DatasetException.class)
			.satisfies(ex -> assertThat(((DatasetException) ex).problems())
				.anySatisfy(problem -> assertThat(problem).contains(expected).contains(detail)));

		assertThat(graphHash()).isEqualTo(before);
	}

	@Test
	void refusedDatasetReportsEveryProblemNotOnlyTheFirst() {
		assertThatThrownBy(() -> loader.load("classpath:bad-datasets/many-problems/"))
			.isInstanceOf(DatasetException.class)
			.satisfies(ex -> assertThat(((DatasetException) ex).problems()).hasSize(3));
	}

	private String graphHash() {
		return graphQl.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
	}

}
