package dev.awardgraph.entity;

import java.util.function.Supplier;

import dev.awardgraph.model.GraphModel;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.LightDataFetcher;
import graphql.schema.idl.RuntimeWiring;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Maps the generic {@link Node} onto the typed GraphQL schema: the Entity interface resolves to the type named
 * by the node's label, and a label's scalar fields read the node's properties.
 */
@Component
class EntityWiring implements RuntimeWiringConfigurer {

	/**
	 * A node's scalar fields. A {@link LightDataFetcher} (a {@link graphql.TrivialDataFetcher}): graphql-java then
	 * builds no DataFetchingEnvironment for it, and neither Spring's context propagation nor its per-field
	 * observation wraps it. Those were a tenth of the CPU of an entity page, for reading one map entry per field.
	 */
	private static final LightDataFetcher<Object> PROPERTY = new LightDataFetcher<>() {

		@Override
		public Object get(GraphQLFieldDefinition field, Object source, Supplier<DataFetchingEnvironment> env) {
			Node node = (Node) source;
			return field.getName().equals("label") ? node.label() : node.get(field.getName());
		}

		@Override
		public Object get(DataFetchingEnvironment env) {
			return get(env.getFieldDefinition(), env.getSource(), () -> env);
		}
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
