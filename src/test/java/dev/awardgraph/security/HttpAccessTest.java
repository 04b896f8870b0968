package dev.awardgraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awardgraph.support.TestTokens;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

/** The bearer-token check of plain HTTP endpoints (the exports), with reads closed and open. */
class HttpAccessTest {

	private final HttpAccess closed = new HttpAccess(new SecurityProperties(false, TestTokens.CONFIGURED));
	private final HttpAccess open = new HttpAccess(new SecurityProperties(true, TestTokens.CONFIGURED));

	@Test
	void withReadsClosedAnExportNeedsAValidToken() {
		assertThat(closed.refusal(null, Role.READER)).get().extracting(HttpAccess.Refusal::status).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(closed.refusal("Bearer wrong", Role.READER)).get().extracting(HttpAccess.Refusal::status)
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(closed.refusal("Basic abc", Role.READER)).get().extracting(HttpAccess.Refusal::status)
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(closed.refusal("Bearer " + TestTokens.EDITOR, Role.READER)).isEmpty();
		assertThat(closed.refusal("bearer " + TestTokens.ADMIN, Role.READER)).isEmpty();
	}

	@Test
	void withReadsOpenAnyoneExportsButOnlyAnAdminDoesAdminWork() {
		assertThat(open.refusal(null, Role.READER)).isEmpty();
		assertThat(open.refusal(null, Role.ADMIN)).get().extracting(HttpAccess.Refusal::status).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(open.refusal("Bearer " + TestTokens.EDITOR, Role.ADMIN)).get().satisfies(refusal -> {
			assertThat(refusal.status()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refusal.message()).contains("test-editor", "EDITOR", "ADMIN");
		});
		assertThat(open.refusal("Bearer " + TestTokens.ADMIN, Role.ADMIN)).isEmpty();
	}
}
