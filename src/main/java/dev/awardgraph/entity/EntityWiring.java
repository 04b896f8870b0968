package dev.awardgraph.entity;

import java.util.List;
import java.util.Map;

import dev.awardgraph.model.GraphModel;
import dev.awardgraph.relationship.Edge;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLObjectType;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Maps the generic {@link Node} onto the typed GraphQL schema: the Entity interface resolves to the type named
 * by the node's label, and a label's scalar fields read the node's properties.
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

	private static final DataFetcher<Object> PROPERTY = env -> {
		Node node = env.getSource();
		String field = env.getField().getName();
		return field.equals("label") ? node.label() : node.get(field);
	};

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Entity", type -> type.typeResolver(env -> {
			Node node = env.getObject();
			GraphQLObjectType resolved = env.getSchema().getObjectType(node.label());
			if (resolved == null) {
				throw new IllegalStateException("no GraphQL type for label " + node.label());
			}
			return resolved;
		}));
		for (String label : GraphModel.labels()) {
			wiring.type(label, type -> type.defaultDataFetcher(PROPERTY));
		}
		wiring.type("Relationship", type -> type
			.dataFetcher("properties", env -> properties(((Edge) env.getSource()).properties()))
			.dataFetcher("order", env -> ((Edge) env.getSource()).properties().get("order"))
			.dataFetcher("title", env -> ((Edge) env.getSource()).properties().get("title"))
			.dataFetcher("role", env -> ((Edge) env.getSource()).properties().get("role"))
			.dataFetcher("date", env -> ((Edge) env.getSource()).properties().get("date"))
			.dataFetcher("note", env -> ((Edge) env.getSource()).properties().get("note")));
	}

	/** Relationship properties as key/value text, sources left out (they have their own field). */
	private static List<Map<String, String>> properties(Map<String, Object> properties) {
		return properties.entrySet().stream()
			.filter(e -> !e.getKey().equals("sources"))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> Map.of("key", e.getKey(), "value", String.valueOf(e.getValue())))
			.toList();
	}
}
