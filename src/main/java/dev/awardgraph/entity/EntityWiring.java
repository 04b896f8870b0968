package dev.awardgraph.entity;

import dev.awardgraph.model.GraphModel;

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
	}
}
