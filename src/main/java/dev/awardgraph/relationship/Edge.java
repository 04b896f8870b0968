package dev.awardgraph.relationship;

import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;

/** One relationship seen from one end: its type, direction, the node at the other end and its properties. */
public record Edge(String type, Direction direction, Node node, Map<String, Object> properties) {

	@SuppressWarnings("unchecked")
	public List<String> sourceIds() {
		Object sources = properties.get("sources");
		return sources instanceof List<?> list ? (List<String>) list : List.of();
	}
}
