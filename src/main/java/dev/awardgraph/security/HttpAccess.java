package dev.awardgraph.security;

import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The same bearer-token check as {@link CallerInterceptor} and {@link AccessInstrumentation}, for plain HTTP
 * endpoints (downloads, uploads) that are not GraphQL: one token scheme, one configuration.
 */
@Component
public class HttpAccess {

	private final SecurityProperties properties;
	private final Map<String, Caller> callers;

	HttpAccess(SecurityProperties properties) {
		this.properties = properties;
		this.callers = properties.callersByTokenHash();
	}

	/**
	 * @param authorization the {@code Authorization} header, or null
	 * @return why the caller may not do what needs {@code needed} (401 without a valid credential, 403 with too
	 *         low a role), or empty when they may
	 */
	public Optional<Refusal> refusal(String authorization, Role needed) {
		if (authorization != null && !bearer(authorization)) {
			return Optional.of(new Refusal(HttpStatus.UNAUTHORIZED, "the Authorization header must be 'Bearer <token>'"));
		}
		Caller caller = caller(authorization).orElse(null);
		if (caller == null || (authorization != null && caller.role() == Role.NONE)) {
			return Optional.of(new Refusal(HttpStatus.UNAUTHORIZED, "the bearer token is not valid"));
		}
		if (caller.role().includes(needed)) {
			return Optional.empty();
		}
		boolean anonymous = caller.name().equals("anonymous");
		return Optional.of(anonymous
				? new Refusal(HttpStatus.UNAUTHORIZED, "this needs a bearer token with role " + needed
						+ " (Authorization: Bearer <token>)")
				: new Refusal(HttpStatus.FORBIDDEN, "'" + caller.name() + "' has role " + caller.role() + "; this needs " + needed));
	}

	/** Who sent a request that {@link #refusal} let through, for the audit log. */
	public String callerName(String authorization) {
		return caller(authorization).map(Caller::name).orElse("unknown");
	}

	/** The caller a header names: anonymous without one; empty when it is no bearer header or the token is unknown. */
	private Optional<Caller> caller(String authorization) {
		if (authorization == null) {
			return Optional.of(Caller.anonymous(properties.openReads()));
		}
		return bearer(authorization) ? properties.callerFor(authorization.substring(7).strip(), callers) : Optional.empty();
	}

	private static boolean bearer(String authorization) {
		return authorization.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	public record Refusal(HttpStatus status, String message) {

		/** The refusal as a plain-text HTTP answer. */
		public ResponseEntity<String> response() {
			return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
		}
	}
}
