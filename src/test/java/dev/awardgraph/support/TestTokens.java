package dev.awardgraph.support;

import java.util.Map;

/** Bearer tokens of the test context: their SHA-256 digests are configured in {@link GraphTest}. */
public final class TestTokens {

	public static final String ADMIN = "admin-token";
	public static final String EDITOR = "editor-token";

	/** name:ROLE:sha256(token) */
	static final String CONFIG = "test-admin:ADMIN:10a4c7c9fc5206d6f36dc6944a81bb6f4a3cb0e25014ae3b12e6c3e52712292a,"
			+ "test-editor:EDITOR:43dd47c3c09b91fa6c62f8227abd0a3958c608f5b8b477adc042d963af6dc84b";

	private TestTokens() {
	}

	public static Map<String, String> bearer(String token) {
		return Map.of("Authorization", "Bearer " + token);
	}
}
