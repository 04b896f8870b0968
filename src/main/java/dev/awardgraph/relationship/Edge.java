package dev.awardgraph.relationship;

import java.util.Map;

import dev.awardgraph.entity.Node;

/** One relationship seen from one end: its type, direction, the node at the other end and its stored properties. */
public record Edge(String type, Direction direction, Node node, Map<String, Object> attributes) implements Attributed {

}
