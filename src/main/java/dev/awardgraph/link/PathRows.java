package dev.awardgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;
import dev.awardgraph.relationship.Direction;

import graphql.schema.DataFetchingEnvironment;

/**
 * Turns a Cypher path into a {@link Path}. Statements project each path with {@link #PROJECTION} (the node
 * properties in {@code $keys} and labels; relationship type, properties and start id), so that one row carries
 * everything a path, its hops and their explanations need and no further statement is sent per path.
 */
final class PathRows {

	/** Cypher expression of path {@code p}, read back by {@link #path}. */
	static final String PROJECTION = "{nodes: [n IN nodes(p) | " + AskedProperties.projection("n") + "]," + """
			 rels: [r IN relationships(p) | {type: type(r), props: properties(r), start: startNode(r).id}]}""";

	/**
	 * The {@code $keys} of statements projecting paths: what the request can read ({@link AskedProperties}) and
	 * the names that explanations and summaries are written with.
	 */
	static List<String> keys(DataFetchingEnvironment env) {
		return AskedProperties.of(env, "name");
	}

	private PathRows() {
	}

	@SuppressWarnings("unchecked")
	static Path path(List<String> keys, Object projected) {
		Map<String, Object> row = (Map<String, Object>) projected;
		List<Node> nodes = ((List<Map<String, Object>>) row.get("nodes")).stream().map(n -> AskedProperties.node(keys, n))
			.toList();
		List<Map<String, Object>> rels = (List<Map<String, Object>>) row.get("rels");
		List<Hop> hops = new ArrayList<>(rels.size());
		for (int i = 0; i < rels.size(); i++) {
			Map<String, Object> rel = rels.get(i);
			Node from = nodes.get(i);
			Direction direction = from.id().equals(rel.get("start")) ? Direction.OUTGOING : Direction.INCOMING;
			hops.add(new Hop(from, nodes.get(i + 1), (String) rel.get("type"), direction,
					(Map<String, Object>) rel.get("props")));
		}
		return new Path(nodes, List.copyOf(hops));
	}

	/** Paths in a stable order: by the ids along them, then their relationships' types and properties. */
	static List<Path> sorted(List<Path> paths) {
		return paths.stream().sorted(java.util.Comparator.comparing(PathRows::sortKey)).toList();
	}

	private static String sortKey(Path path) {
		StringBuilder key = new StringBuilder();
		path.nodes().forEach(n -> key.append(n.id()).append('\u0000'));
		path.hops().forEach(h -> key.append(h.type()).append(h.direction()).append(canonical(h.attributes())).append('\u0000'));
		return key.toString();
	}

	/** Properties as text in key order (a {@code Map.of} iterates in an order that changes between runs). */
	static String canonical(Map<String, Object> properties) {
		return new java.util.TreeMap<>(properties).toString();
	}

	@SuppressWarnings("unchecked")
	static List<Path> paths(List<String> keys, Object projected) {
		return ((List<Object>) projected).stream().map(p -> path(keys, p)).toList();
	}
}
