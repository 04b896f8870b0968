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
 * The node properties a request can read, for the statements that read many nodes for it (a hub's page reads
 * hundreds): {@code id}, and every field name in the request's document, in any operation or fragment, that is a
 * scalar field of an entity type ({@link EntityWiring} reads those from the property of the same name) or
 * {@code sources} (the ids are stored on the node). Any field that could read a node's property is in the list,
 * whatever type it is asked on, so a node read this way can be shared by every field of the request. Reading only
 * these made the statement of a 700-relationship entity page 12–23% faster at 1M nodes (docs/benchmarks.md).
 */
public final class AskedProperties {

	/** The property fields of the schema in use, worked out once per schema (tests build several). */
	private static volatile Known known = new Known(null, Set.of());

	private AskedProperties() {
	}

	/** The properties the current request can read, sorted; the parameter {@code $keys} of the statements. */
	public static List<String> of(DataFetchingEnvironment env) {
		Set<String> properties = propertyFields(env.getGraphQLSchema());
		Set<String> asked = new TreeSet<>();
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

	/** A node from {@code [k IN $keys | n[k]]} and {@code labels(n)}; absent properties are left out. */
	public static Node node(List<String> keys, Value values, Value labels) {
		Map<String, Object> properties = new HashMap<>();
		List<Object> read = values.asList();
		for (int i = 0; i < keys.size(); i++) {
			if (read.get(i) != null) {
				properties.put(keys.get(i), read.get(i));
			}
		}
		return Node.of(properties, labels.asList(Value::asString));
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
