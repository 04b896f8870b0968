package dev.awardgraph.link;

import dev.awardgraph.relationship.Attributed;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.relationship.Direction;

/**
 * One step of a path, from {@code from} to {@code to}. {@code direction} is OUTGOING when the stored
 * relationship points along the path (from → to), INCOMING when the path walks it backwards; the explanation
 * always reads in the stored direction, because that is what the relationship says.
 */
public record Hop(Node from, Node to, String type, Direction direction, Map<String, Object> attributes)
		implements Attributed {

	public Explanation explanation() {
		return direction == Direction.OUTGOING ? Explanations.explain(type, from, to, attributes)
				: Explanations.explain(type, to, from, attributes);
	}
}
