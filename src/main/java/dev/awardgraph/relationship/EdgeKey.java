package dev.awardgraph.relationship;

import java.util.List;

/** What a field asks for: the relationships of one entity, of some types (null: all), in a direction. */
record EdgeKey(String id, List<String> types, Direction direction) {

	/** Keys that can be answered by one Cypher statement. */
	record Group(List<String> types, Direction direction) {
	}

	Group group() {
		return new Group(types, direction);
	}
}
