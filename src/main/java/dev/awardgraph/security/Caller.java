package dev.awardgraph.security;

/** Who sent a request: the name of its token (recorded in the audit log) and its role. */
public record Caller(String name, Role role) {

	static Caller anonymous(boolean openReads) {
		return new Caller("anonymous", openReads ? Role.READER : Role.NONE);
	}
}
