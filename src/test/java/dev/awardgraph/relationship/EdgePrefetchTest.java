package dev.awardgraph.relationship;

import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.support.CypherStatementCounter;
import dev.awardgraph.support.EntityScalars;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code entities(ids)} reads two levels of relationship fields in the statement that finds the entities
 * (EdgePrefetch); {@code list(label)} leaves them to the batched DataLoader. Both must answer the same, for every
 * entity of a label, and the prefetched answer must cost one statement.
 */
@GraphTest
class EdgePrefetchTest {

	/** Typed fields of several labels, the generic field with arguments, and a second level under each. */
	private static final String SELECTION = """
			id label name sources { id title }
			relationships(direction: OUTGOING, first: 50) { type direction order title role sources { id }
			  node { id label relationships(types: ["PART_OF", "RECIPIENT"]) { type node { id name } } } }
			... on Organisation { kind parent { node { id name ... on Organisation { parent { node { id } } } } }
			  units { node { id name } }
			  people { title sources { id } node { id name ... on Person { positions { title node { id } } } } }
			  honours { node { id name ... on Conferral { award { node { id } } category { node { name } } } } }
			  leadApplicantOf { node { id name ... on Project { coApplicants { order node { id name } } } } }
			  coApplicantOf { order node { id ... on Project { lead { node { id } } } } } }
			... on Project { lead { node { id name } } coApplicants { order node { id name } }
			  honours { node { id ... on Conferral { recipients { node { id } } list { node { name } } } } } }
			... on Conferral { award { node { id name } } category { node { id name } } recipients { node { id label } }
			  list { order node { id name } } }
			... on Person { positions { title node { id name ... on Organisation { parent { node { id } } } } } }
			... on Event { parts { node { id } } speakers { node { id } } participants { role node { id } } }""";

	@LocalServerPort
	int port;

	@Autowired
	CypherStatementCounter statements;

	@Autowired
	GraphQlSource graphQl;

	@ParameterizedTest
	@ValueSource(strings = { "Organisation", "Project", "Conferral", "Person", "Event", "Award" })
	void prefetchedAnswersAreTheBatchedAnswersInOneStatement(String label) {
		var client = GraphQlClient.forPort(port);
		List<Map<String, Object>> batched = client.document("{ list(label: " + label + ", first: 500) { items { " + SELECTION + " } } }")
			.execute().path("list.items").entityList(mapType()).get();
		assertThat(batched).hasSizeGreaterThan(2);
		List<String> ids = batched.stream().map(item -> (String) item.get("id")).toList();
		// entities(ids) answers at most 100 per request (the page limit)
		for (int from = 0; from < ids.size(); from += 100) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
			long before = statements.count();
			List<Map<String, Object>> prefetched = client.document("query($ids: [ID!]!) { entities(ids: $ids) { " + SELECTION + " } }")
				.variable("ids", chunk).execute().path("entities").entityList(mapType()).get();
			assertThat(statements.count() - before).as("statements for %d %s entities", chunk.size(), label).isEqualTo(1);
			assertThat(prefetched).isEqualTo(batched.subList(from, from + chunk.size()));
		}
		// and the answers have the nested data in them, so the comparison compared something
		assertThat(batched.toString()).contains("node={id=");
	}

	@org.junit.jupiter.api.Test
	void aPageOfConferralsIsPrefetchedToo() {
		var client = GraphQlClient.forPort(port);
		Map<Object, Map<String, Object>> batched = new java.util.HashMap<>();
		client.document("{ list(label: Conferral, first: 500) { items { " + SELECTION + " } } }")
			.execute().path("list.items").entityList(mapType()).get().forEach(item -> batched.put(item.get("id"), item));
		long before = statements.count();
		List<Map<String, Object>> page = client.document("{ conferrals(orderBy: YEAR_DESC, first: 100) { edges { node { ... on Entity { " + SELECTION + " } } } } }")
			.execute().path("conferrals.edges[*].node").entityList(mapType()).get();
		assertThat(statements.count() - before).isEqualTo(1);
		assertThat(page).hasSizeGreaterThan(20);
		page.forEach(conferral -> assertThat(conferral).isEqualTo(batched.get(conferral.get("id"))));
		// the connection's nodes shortcut is read the same way
		before = statements.count();
		List<Map<String, Object>> nodes = client.document("{ conferrals(orderBy: YEAR_DESC, first: 100) { nodes { ... on Entity { " + SELECTION + " } } } }")
			.execute().path("conferrals.nodes").entityList(mapType()).get();
		assertThat(statements.count() - before).isEqualTo(1);
		assertThat(nodes).isEqualTo(page);
	}

	/**
	 * The prefetch reads the selection from the syntax tree as execution does (support.Selection): named fragments,
	 * arguments given as variables, {@code @include}/{@code @skip} with variables. Misread, the prefetched lists
	 * would be keyed or filled wrongly: the answer would differ from the batched one, or cost more statements.
	 */
	@org.junit.jupiter.api.Test
	void variablesFragmentsAndDirectivesAreReadAsExecutionReadsThem() {
		var client = GraphQlClient.forPort(port);
		String fragment = " fragment F on Organisation { parent { node { id name } } people { title node { id } } }";
		List<Map<String, Object>> batched = client.document("""
				{ list(label: Organisation, first: 500) { items { id ...F
				  relationships(types: ["PART_OF", "HOLDS_POSITION"], direction: INCOMING) { type node { id name } }
				  ... on Organisation { units { node { id } } } } } }""" + fragment)
			.execute().path("list.items").entityList(mapType()).get();
		List<String> ids = batched.stream().map(item -> (String) item.get("id")).limit(100).toList();
		long before = statements.count();
		List<Map<String, Object>> prefetched = client.document("""
				query($ids: [ID!]!, $types: [String!], $direction: Direction, $units: Boolean!, $noSources: Boolean!) {
				  entities(ids: $ids) { id ...F relationships(types: $types, direction: $direction) { type node { id name } }
				    ... on Organisation { units @include(if: $units) { node { id } } }
				    sources @skip(if: $noSources) { id title } } }""" + fragment)
			.variable("ids", ids).variable("types", List.of("PART_OF", "HOLDS_POSITION")).variable("direction", "INCOMING")
			.variable("units", true).variable("noSources", true)
			.execute().path("entities").entityList(mapType()).get();
		assertThat(statements.count() - before).isEqualTo(1);
		assertThat(prefetched).isEqualTo(batched.subList(0, ids.size()));
		assertThat(prefetched.toString()).contains("type=HOLDS_POSITION", "type=PART_OF", "units=[{node=");
	}

	/**
	 * The prefetch reads only the properties the request's fields can read (AskedProperties). Every scalar field
	 * of every entity type, generated from the schema so that a field added later is covered, at both prefetched
	 * levels, must answer as the batched path (which reads whole nodes) does.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "Organisation", "Project", "Conferral", "Person", "Event", "Award", "Source" })
	void everyPropertyFieldAnswersAsWhenWholeNodesAreRead(String label) {
		String scalars = EntityScalars.selection(graphQl.schema());
		String selection = "id " + scalars + " relationships(first: 20) { title node { " + scalars
				+ " relationships(first: 5) { node { " + scalars + " } } } }";
		var client = GraphQlClient.forPort(port);
		List<Map<String, Object>> batched = client.document("{ list(label: " + label + ", first: 20) { items { " + selection + " } } }")
			.execute().path("list.items").entityList(mapType()).get();
		List<String> ids = batched.stream().map(item -> (String) item.get("id")).toList();
		long before = statements.count();
		List<Map<String, Object>> prefetched = client.document("query($ids: [ID!]!) { entities(ids: $ids) { " + selection + " } }")
			.variable("ids", ids).execute().path("entities").entityList(mapType()).get();
		assertThat(statements.count() - before).isEqualTo(1);
		assertThat(prefetched).isEqualTo(batched);
		assertThat(batched.toString()).contains("name=", "relationships=[{title=");
	}

	@org.junit.jupiter.api.Test
	void onlyThePropertiesAFieldOfTheRequestCanReadAreAsked() {
		Document document = Parser.parse("""
				query { entity(id: "x") { id ...F relationships { title node { ... on Conferral { year } } } } }
				fragment F on Organisation { name kind parent { node { nameEn } } }""");
		DataFetchingEnvironment env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.graphQLSchema(graphQl.schema()).document(document).build();
		// title is a field of Relationship here, but also of Source, so it is read where present
		assertThat(AskedProperties.of(env)).containsExactly("id", "kind", "name", "nameEn", "title", "year");
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Class<Map<String, Object>> mapType() {
		return (Class) Map.class;
	}
}
