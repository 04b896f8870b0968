package dev.awardgraph.model;

import java.util.Map;
import java.util.Set;

/** A relationship type: which labels it may join (from → to) and which properties it may carry. */
public record RelationshipType(String type, Set<String> from, Set<String> to, Map<String, PropertyType> properties) {

	public boolean joins(String fromLabel, String toLabel) {
		return from.contains(fromLabel) && to.contains(toLabel);
	}
}
