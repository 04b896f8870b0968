package dev.awardgraph.link;

import dev.awardgraph.relationship.Attributed;
import java.util.Map;

/** A relationship of a neighbourhood, by the ids of its ends in its stored direction (from → to). */
public record GraphEdge(String from, String to, String type, Map<String, Object> attributes, Explanation explanation)
		implements Attributed {
}
