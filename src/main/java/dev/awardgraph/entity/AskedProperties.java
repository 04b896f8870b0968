package dev.awardgraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.awardgraph.model.GraphModel;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.neo4j.driver.Value;

/**
 * The node properties a request can read, for the statements that return entities for it (an entity page, a
 * neighbourhood, paths, co-applicants, search hits): {@code id}, and every field name in the request's document,
 * in any operation or fragment, that is a scalar field of an entity type ({@link EntityWiring} reads those from
 * the property of the same name) or {@code sources} (the ids are stored on the node). Any field that could read
 * a node's property is in the list, whatever type it is asked on, so a node read this way can be shared by every
 * field of the request. The rest (search keys and text, descriptions, aliases not asked) stays in the database:
 * reading only these made the statement of a 700-relationship entity page 12–23% faster at 1M nodes
 * (docs/benchmarks.md).
 */
public final class AskedProperties {

	/** The property fields of the schema in use, worked out once per schema (tests build several). */
	private static volatile Known known = new Known(null, Set.of());

	private AskedProperties() {
	}

	/**
	 * The properties the current request can read, sorted; the parameter {@code $keys} of the statements.
	 * {@code needed}: properties the code itself reads, whatever is asked (a path's explanations read names).
	 */
	public static List<String> of(DataFetchingEnvironment env, String... needed) {
		Set<String> properties = propertyFields(env.getGraphQLSchema());
		Set<String> asked = new TreeSet<>(List.of(needed));
		asked.add("id");
		for (Definition<?> definition : env.getDocument().getDefinitions()) {
			if (definition instanceof OperationDefinition operation) {
				collect(operation.getSelectionSet(), properties, asked);
			}
			else if (definition instanceof FragmentDefinition fragment) {
				collect(fragment.getSelectionSet(), properties, asked);
			}
		}
		return List.copyOf(asked);
	}

	/**
	 * Cypher that reads node {@code n} for {@link #node(List, Value)}, with the keys as parameter {@code $keys}.
	 * {@code n} is a variable of the calling statement, never text from a request.
	 */
	public static String projection(String n) {
		return "{values: [k IN $keys | " + n + "[k]], labels: labels(" + n + ")}";
	}

	/** A node read by {@link #projection}; null stays null (an OPTIONAL MATCH that found nothing). */
	public static Node node(List<String> keys, Value projected) {
		return projected == null || projected.isNull() ? null
				: node(keys, projected.get("values"), projected.get("labels"));
	}

	/** The same, from the projection as a map (a row fetched without the driver's Value types). */
	@SuppressWarnings("unchecked")
	public static Node node(List<String> keys, Map<String, Object> projected) {
		return node(keys, (List<Object>) projected.get("values"), (List<String>) projected.get("labels"));
	}

	/** A node from {@code [k IN $keys | n[k]]} and {@code labels(n)}; absent properties are left out. */
	public static Node node(List<String> keys, Value values, Value labels) {
		return node(keys, values.asList(), labels.asList(Value::asString));
	}

	private static Node node(List<String> keys, List<Object> values, List<String> labels) {
		Map<String, Object> properties = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			if (values.get(i) != null) {
				properties.put(keys.get(i), values.get(i));
			}
		}
		return Node.of(properties, labels);
	}

	private static void collect(SelectionSet selections, Set<String> properties, Set<String> asked) {
		if (selections == null) {
			return;
		}
		for (var selection : selections.getSelections()) {
			if (selection instanceof Field field) {
				if (properties.contains(field.getName())) {
					asked.add(field.getName());
				}
				collect(field.getSelectionSet(), properties, asked);
			}
			else if (selection instanceof InlineFragment inline) {
				collect(inline.getSelectionSet(), properties, asked);
			}
			// fragment spreads: their definitions are walked on their own
		}
	}

	private static Set<String> propertyFields(GraphQLSchema schema) {
		Known current = known;
		if (current.schema() != schema) {
			Set<String> fields = new TreeSet<>(List.of("id", "sources"));
			for (String label : GraphModel.labels()) {
				GraphQLObjectType type = schema.getObjectType(label);
				for (GraphQLFieldDefinition field : type == null ? List.<GraphQLFieldDefinition>of() : type.getFieldDefinitions()) {
					GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
					if (!field.getName().equals("label")
							&& (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType)) {
						fields.add(field.getName());
					}
				}
			}
			current = new Known(schema, Set.copyOf(fields));
			known = current;
		}
		return current.fields();
	}

	private record Known(GraphQLSchema schema, Set<String> fields) {
	}
}
