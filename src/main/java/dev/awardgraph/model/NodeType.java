package dev.awardgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node label of the graph: its id prefix, allowed kinds and properties, and the reference fields a dataset
 * record may use as a shorthand for relationships (e.g. a Project's {@code lead} becomes LEAD_APPLICANT).
 */
public record NodeType(String label, String idPrefix, Set<String> kinds, Map<String, PropertyType> properties,
		Map<String, Reference> references) {

	/**
	 * @param type     relationship type created for the reference
	 * @param targets  labels the referenced node may have
	 * @param many     whether the field takes a list
	 * @param ordered  whether list position becomes an {@code order} property (from 1)
	 * @param incoming whether the edge points from the referenced node to this one (e.g. a party TO an agreement)
	 */
	public record Reference(String type, Set<String> targets, boolean many, boolean ordered, boolean incoming) {
	}

	public boolean hasKinds() {
		return !kinds.isEmpty();
	}

	static Reference one(String type, String... targets) {
		return new Reference(type, Set.of(targets), false, false, false);
	}

	static Reference oneOrMany(String type, String... targets) {
		return new Reference(type, Set.of(targets), true, false, false);
	}

	static Reference ordered(String type, String... targets) {
		return new Reference(type, Set.of(targets), true, true, false);
	}

	static Reference incoming(String type, String... targets) {
		return new Reference(type, Set.of(targets), true, false, true);
	}

	/** Properties every label has. */
	static final List<String> COMMON = List.of("id", "label", "name", "aliases", "nameEn", "sources", "note");
}
