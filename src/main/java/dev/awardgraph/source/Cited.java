package dev.awardgraph.source;

import java.util.List;

/**
 * Anything GraphQL can ask {@code sources} of: an entity, a relationship, a hop of a path. Types whose Java
 * value implements this are listed in {@link SourceWiring} and get their documents in one batch per request.
 */
public interface Cited {

	/** Ids of the Source nodes this element comes from. */
	List<String> sourceIds();

	/** Reads the {@code sources} property of a node or relationship. */
	@SuppressWarnings("unchecked")
	static List<String> sourceIds(java.util.Map<String, Object> properties) {
		Object sources = properties.get("sources");
		return sources instanceof List<?> list ? (List<String>) list : List.of();
	}
}
