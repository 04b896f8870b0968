package dev.awardgraph.source;

import java.util.Arrays;
import java.util.List;

import dev.awardgraph.entity.Node;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
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

	/** Whether the current field's entities are asked for their sources beyond the ids stored on them. */
	public static boolean asked(DataFetchingEnvironment env) {
		return asked(env.getSelectionSet().getImmediateFields());
	}

	/** The same for the entities at the paths below the current field (e.g. edges/node and nodes). */
	public static boolean asked(DataFetchingEnvironment env, String... paths) {
		return Arrays.stream(paths).flatMap(path -> env.getSelectionSet().getFields(path).stream())
			.anyMatch(field -> asked(field.getSelectionSet().getImmediateFields()));
	}

	private static boolean asked(List<SelectedField> fields) {
		return fields.stream()
			.filter(field -> field.getName().equals("sources"))
			.anyMatch(field -> !SourceWiring.onlyIds(field.getSelectionSet().getImmediateFields()));
	}

	public static void prime(DataFetchingEnvironment env, List<Node> sources) {
		if (!sources.isEmpty()) {
			DataLoader<String, Node> loader = env.getDataLoader(SourceWiring.LOADER);
			sources.forEach(source -> loader.prime(source.id(), source));
		}
	}
}
