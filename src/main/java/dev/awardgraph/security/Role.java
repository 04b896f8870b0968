package dev.awardgraph.security;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
	/** No credential, when reads are closed: nothing. */
	NONE,
	/** Queries. */
	READER,
	/** Mutations that create, change or delete single facts. */
	EDITOR,
	/** Merges, imports, whole-graph operations. */
	ADMIN;

	boolean includes(Role other) {
		return compareTo(other) >= 0;
	}
}
