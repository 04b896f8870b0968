package dev.awardgraph.relationship;

import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.source.Cited;

/** One relationship seen from one end: its type, direction, the node at the other end and its properties. */
public record Edge(String type, Direction direction, Node node, Map<String, Object> properties) implements Cited {

	@Override
	public List<String> sourceIds() {
		return Cited.sourceIds(properties);
	}
}
