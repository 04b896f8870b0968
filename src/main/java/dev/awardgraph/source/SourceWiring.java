package dev.awardgraph.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.support.Selection;

import graphql.schema.DataFetchingEnvironment;
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

	static final String LOADER = "sources";

	SourceWiring(EntityRepository entities, BatchLoaderRegistry registry) {
		registry.<String, Node>forName(LOADER).registerMappedBatchLoader((ids, env) -> Mono.fromCallable(
				() -> entities.findByIds(ids).stream().collect(Collectors.toMap(Node::id, Function.identity()))));
	}

	/** GraphQL object types (besides the entity labels) whose values are {@link Cited}. */
	static final List<String> CITED_TYPES = List.of("Relationship", "Hop", "GraphEdge");

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		Stream.concat(GraphModel.labels().stream(), CITED_TYPES.stream())
			.forEach(typeName -> wiring.type(typeName, type -> type.dataFetcher("sources", SourceWiring::sources)));
	}

	private static CompletableFuture<List<Node>> sources(DataFetchingEnvironment env) {
		List<String> ids = ((Cited) env.getSource()).sourceIds();
		if (onlyIds(Selection.of(env))) {
			// the ids are stored on the element itself, so {@code sources { id }} (how lists and graphs cite) needs
			// no statement; every id is a Source: the loader and curation check it, and sources are never merged
			return CompletableFuture.completedFuture(ids.stream().map(SourceWiring::reference).toList());
		}
		DataLoader<String, Node> loader = env.getDataLoader(LOADER);
		return loader.loadMany(ids).thenApply(nodes -> nodes.stream().filter(Objects::nonNull).toList());
	}

	static boolean onlyIds(Selection selection) {
		return selection.fields().stream()
			.allMatch(field -> field.name().equals("id") || field.name().equals("__typename"));
	}

	private static Node reference(String id) {
		return new Node(id, GraphModel.SOURCE, Map.of("id", id));
	}

}
