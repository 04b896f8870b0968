package dev.awardgraph.source;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.relationship.Edge;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every entity and every relationship answers {@code sources}: the documents it comes from, so that each fact
 * can be cited. Source ids are stored on the element; the documents are loaded in one batch per request.
 */
@Component
class SourceWiring implements RuntimeWiringConfigurer {

	private static final String LOADER = "sources";

	SourceWiring(EntityRepository entities, BatchLoaderRegistry registry) {
		registry.<String, Node>forName(LOADER).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(
				() -> entities.findByIds(ids).stream().collect(Collectors.toMap(Node::id, Function.identity()))));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		for (String label : GraphModel.labels()) {
			wiring.type(label, type -> type.dataFetcher("sources", sources(env -> ((Node) env.getSource()).sourceIds())));
		}
		wiring.type("Relationship", type -> type.dataFetcher("sources", sources(env -> ((Edge) env.getSource()).sourceIds())));
	}

	private static DataFetcher<CompletableFuture<List<Node>>> sources(
			Function<graphql.schema.DataFetchingEnvironment, List<String>> ids) {
		return env -> {
			DataLoader<String, Node> loader = env.getDataLoader(LOADER);
			return loader.loadMany(ids.apply(env)).thenApply(nodes -> nodes.stream().filter(Objects::nonNull).toList());
		};
	}

}
