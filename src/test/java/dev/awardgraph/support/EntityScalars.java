package dev.awardgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.awardgraph.model.GraphModel;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scalar field of every entity type, generated from the schema so that a field added later is covered: for
 * tests that statements reading only the properties a request asks (AskedProperties) answer every field as a
 * read of the whole node does.
 */
public final class EntityScalars {

	private EntityScalars() {
	}

	/** {@code ... on Organisation { name … } ... on Person { … }} for every label of the model. */
	public static String selection(GraphQLSchema schema) {
		return GraphModel.labels().stream()
			// kind is a String on some types and an enum on others, so it is aliased by type
			.map(type -> "... on " + type + " { " + fields(schema, type).stream()
				.map(f -> f.equals("kind") ? type + "Kind: kind" : f)
				.collect(Collectors.joining(" ")) + " }")
			.collect(Collectors.joining(" "));
	}

	/** A selection set of any field whose type is an entity type or Entity: {@code { ... on Entity { id … } }}. */
	public static String node(GraphQLSchema schema) {
		return "{ ... on Entity { id " + selection(schema) + " } }";
	}

	/**
	 * Every object with an {@code id} in {@code answer}, at any depth, must equal what {@code entities(ids)}
	 * answers for that id with {@link #node} (EdgePrefetchTest checks that against whole nodes). Objects in the
	 * answer must have been asked with exactly that selection.
	 *
	 * @return how many objects were compared
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static int assertAnswersAsEntities(HttpGraphQlTester client, GraphQLSchema schema, Object answer) {
		List<Map<String, Object>> found = new ArrayList<>();
		collect(answer, found);
		List<String> ids = found.stream().map(m -> (String) m.get("id")).distinct().toList();
		List<Map<String, Object>> entities = client
			.document("query($ids: [ID!]!) { entities(ids: $ids) " + node(schema) + " }")
			.variable("ids", ids).execute().path("entities").entityList((Class<Map<String, Object>>) (Class) Map.class).get();
		Map<Object, Map<String, Object>> byId = entities.stream().collect(Collectors.toMap(e -> e.get("id"), e -> e));
		found.forEach(node -> assertThat(node).as("node %s", node.get("id")).isEqualTo(byId.get(node.get("id"))));
		return found.size();
	}

	@SuppressWarnings("unchecked")
	private static void collect(Object value, List<Map<String, Object>> found) {
		if (value instanceof Map<?, ?> map) {
			if (map.containsKey("id") && map.containsKey("name")) {
				found.add((Map<String, Object>) map);
			}
			map.values().forEach(v -> collect(v, found));
		}
		else if (value instanceof List<?> list) {
			list.forEach(v -> collect(v, found));
		}
	}

	private static List<String> fields(GraphQLSchema schema, String type) {
		return schema.getObjectType(type).getFieldDefinitions().stream()
			.filter(field -> GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLScalarType
					|| GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLEnumType)
			.map(GraphQLFieldDefinition::getName)
			.toList();
	}
}
