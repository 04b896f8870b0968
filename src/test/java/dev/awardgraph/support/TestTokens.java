package dev.awardgraph.support;

/**
 * Bearer tokens of the shared test context ({@link GraphTest} configures their SHA-256 in
 * {@code awardgraph.security.tokens}): {@code test-admin} (ADMIN) and {@code test-editor} (EDITOR).
 */
public final class TestTokens {

	public static final String ADMIN = "admin-token";
	public static final String EDITOR = "editor-token";

	/** {@code name:ROLE:sha256hex}; sha256 of "admin-token" and "editor-token" ({@code printf %s admin-token | sha256sum}). */
	public static final String CONFIGURED = "test-admin:ADMIN:10a4c7c9fc5206d6f36dc6944a81bb6f4a3cb0e25014ae3b12e6c3e52712292a,"
			+ "test-editor:EDITOR:43dd47c3c09b91fa6c62f8227abd0a3958c608f5b8b477adc042d963af6dc84b";

	private TestTokens() {
	}
}
