package dev.awardgraph.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link Selection} groups a field that several object types select: once for the syntax they share (an
 * interface field asked outside any type condition), separately where each type asks it in its own fragment. A
 * schema of its own, so the cases do not depend on the product's.
 */
class SelectionTest {

	private static final String SDL = """
			type Query { entity: Entity }
			interface Entity { id: ID! relationships(types: [String!], first: Int = 10): [Rel!]! }
			type A implements Entity { id: ID! relationships(types: [String!], first: Int = 10): [Rel!]! onlyA: String }
			type B implements Entity { id: ID! relationships(types: [String!], first: Int = 10): [Rel!]! }
			type Rel { type: String node: Entity }
			""";

	@Test
	void aFieldOfTheInterfaceIsOneEntryForAllItsTypes() {
		List<Selection.Field> fields = fieldsOf("""
				query($t: [String!]) { entity { id relationships(types: $t) { node { id } } ... on A { onlyA } } }""",
				Map.of("t", List.of("PART_OF")));
		assertThat(fields).extracting(Selection.Field::name).containsExactly("id", "relationships", "onlyA");
		assertThat(fields.get(0).objectTypes()).containsExactly("A", "B");
		assertThat(fields.get(1).objectTypes()).containsExactly("A", "B");
		assertThat(fields.get(1).arguments()).isEqualTo(Map.of("types", List.of("PART_OF"), "first", 10));
		assertThat(fields.get(2).objectTypes()).containsExactly("A");
		// the level below is one selection, read once
		assertThat(fields.get(1).selection().at("node")).hasSize(1);
		assertThat(fields.get(1).selection().at("node").get(0).fields()).singleElement()
			.satisfies(id -> assertThat(id.objectTypes()).containsExactly("A", "B"));
	}

	@Test
	void theSameFieldAskedInEachTypesFragmentIsOneEntryPerType() {
		List<Selection.Field> fields = fieldsOf("""
				{ entity { ... on A { relationships(types: ["X"]) { type } } ... on B { relationships(types: ["X"]) { type } } } }""",
				Map.of());
		assertThat(fields).extracting(Selection.Field::objectTypes).containsExactly(List.of("A"), List.of("B"));
	}

	@Test
	void introspectionFieldsHaveNoSelection() {
		List<Selection.Field> fields = fieldsOf("{ entity { __typename } }", Map.of());
		assertThat(fields).singleElement().satisfies(field -> {
			assertThat(field.name()).isEqualTo("__typename");
			assertThat(field.objectTypes()).containsExactly("A", "B");
			assertThat(field.selection()).isNull();
		});
	}

	/** The fields {@link Selection} reads under {@code entity} while the query runs. */
	private static List<Selection.Field> fieldsOf(String query, Map<String, Object> variables) {
		AtomicReference<List<Selection.Field>> read = new AtomicReference<>();
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query", type -> type.dataFetcher("entity", env -> {
				read.set(Selection.of(env).fields());
				return null;
			}))
			.type("Entity", type -> type.typeResolver(env -> env.getSchema().getObjectType("A")))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		ExecutionResult result = GraphQL.newGraphQL(schema).build()
			.execute(ExecutionInput.newExecutionInput(query).variables(variables));
		assertThat(result.getErrors()).isEmpty();
		return read.get();
	}
}
