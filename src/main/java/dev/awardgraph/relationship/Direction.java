package dev.awardgraph.relationship;

/** Direction of a relationship as seen from the entity it is reached from. */
public enum Direction {
	OUTGOING, INCOMING, BOTH
}
