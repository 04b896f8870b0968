package dev.awardgraph.relationship;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.support.Limits;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires every relationship field (the typed ones of {@link RelationshipFields} and the generic
 * {@code relationships(types, direction)}) to one DataLoader, so that a list of N entities with nested
 * relationship fields costs one Cypher statement per level of the query, not one per entity or per field.
 */
@Component
class RelationshipWiring implements RuntimeWiringConfigurer {

	static final String LOADER = "edges";

	private final Limits limits;

	RelationshipWiring(EdgeRepository edges, BatchLoaderRegistry registry, Limits limits) {
		this.limits = limits;
		registry.<EdgeKey, List<Edge>>forName(LOADER).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> {
			Map<EdgeKey, List<Edge>> found = edges.edges(keys, asked(env));
			Map<EdgeKey, List<Edge>> result = new HashMap<>();
			keys.forEach(key -> result.put(key, found.getOrDefault(key, List.of())));
			return result;
		}));
	}

	/**
	 * The node properties the request can read ({@link AskedProperties}), from the environment of a field that
	 * asked (each load passes its own as the key context); every field of a request gives the same list.
	 */
	private static List<String> asked(BatchLoaderEnvironment env) {
		return AskedProperties.of((DataFetchingEnvironment) env.getKeyContextsList().get(0));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (RelationshipFields.Field field : RelationshipFields.ALL) {
			wiring.type(field.typeName(), type -> type.dataFetcher(field.field(), fetcher(field)));
		}
		for (String label : GraphModel.labels()) {
			wiring.type(label, type -> type.dataFetcher("relationships", this::relationships));
		}
	}

	private static DataFetcher<CompletableFuture<Object>> fetcher(RelationshipFields.Field field) {
		return env -> {
			Node node = env.getSource();
			DataLoader<EdgeKey, List<Edge>> loader = env.getDataLoader(LOADER);
			return loader.load(new EdgeKey(node.id(), field.types(), field.direction()), env)
				.thenApply(edges -> field.single() ? (edges.isEmpty() ? null : edges.get(0)) : edges);
		};
	}

	private CompletableFuture<List<Edge>> relationships(DataFetchingEnvironment env) {
		Node node = env.getSource();
		List<String> types = env.getArgument("types");
		if (types != null) {
			types.forEach(t -> GraphModel.relationship(t).orElseThrow(() -> new IllegalArgumentException(
					"unknown relationship type '" + t + "'; known types: " + GraphModel.relationshipTypes())));
		}
		String direction = env.getArgumentOrDefault("direction", "BOTH");
		DataLoader<EdgeKey, List<Edge>> loader = env.getDataLoader(LOADER);
		int first = limits.pageSize(env.getArgumentOrDefault("first", limits.defaultPageSize()));
		return loader.load(new EdgeKey(node.id(), types == null ? null : List.copyOf(types), Direction.valueOf(direction)), env)
			.thenApply(edges -> edges.subList(0, Math.min(first, edges.size())));
	}
}
