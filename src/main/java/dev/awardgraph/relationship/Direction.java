package dev.awardgraph.relationship;

/** Direction of a relationship as seen from the entity it is reached from. */
public enum Direction {
	OUTGOING, INCOMING, BOTH;

	/** The direction of a relationship read from the end it was reached from: outgoing when it starts there. */
	static Direction of(boolean outgoing) {
		return outgoing ? OUTGOING : INCOMING;
	}
}
