package dev.awardgraph.link;

import java.util.List;

import dev.awardgraph.entity.Node;

/** A path between two entities: its nodes in order and the hops between consecutive nodes. */
public record Path(List<Node> nodes, List<Hop> hops) {

	public int length() {
		return hops.size();
	}
}
