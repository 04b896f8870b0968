package dev.awardgraph.source;

import java.util.List;

import dev.awardgraph.entity.Node;
import dev.awardgraph.support.Selection;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * For root fields that read their entities' source documents in their own statement (when the query asks more
 * than their ids; {@code relationship.EdgePrefetch} does): puts them in the request's {@code sources} DataLoader,
 * so {@code sources} asks nothing more.
 */
public final class SourcePrefetch {

	/** A Cypher expression for the source documents of {@code n}, when {@code $sources} (else an empty list). */
	public static final String SOURCES_OF_N = """
			COLLECT { UNWIND CASE WHEN $sources THEN n.sources ELSE [] END AS sid
			          MATCH (s:Entity {id: sid}) WHERE s:Source RETURN {props: properties(s), labels: labels(s)} }""";

	private SourcePrefetch() {
	}

	/** Whether the entities of these selections are asked for their sources beyond the ids stored on them. */
	public static boolean asked(List<Selection> entities) {
		return entities.stream()
			.flatMap(entity -> entity.fields().stream())
			.filter(field -> field.name().equals("sources"))
			.anyMatch(field -> !SourceWiring.onlyIds(field.selection()));
	}

	public static void prime(DataFetchingEnvironment env, List<Node> sources) {
		if (!sources.isEmpty()) {
			DataLoader<String, Node> loader = env.getDataLoader(SourceWiring.LOADER);
			sources.forEach(source -> loader.prime(source.id(), source));
		}
	}
}
