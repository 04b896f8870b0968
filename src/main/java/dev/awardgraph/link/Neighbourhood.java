package dev.awardgraph.link;

import java.util.List;

import dev.awardgraph.entity.Node;

/**
 * The subgraph around an entity. {@code truncated} says that more entities lie within {@code depth} than
 * {@code limit} allowed; the nearest were kept (the centre first, then ring by ring, each ring by id).
 */
public record Neighbourhood(Node center, int depth, List<Node> nodes, List<GraphEdge> edges, boolean truncated,
		int limit) {
}
