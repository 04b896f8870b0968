package dev.awardgraph.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.awardgraph.support.Sha256;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what. {@code tokens} lists credentials as {@code name:ROLE:sha256-of-token}, comma-separated
 * (env {@code AWARDGRAPH_TOKENS}); only the SHA-256 of a token is configured, never the token itself, so a
 * leaked configuration does not leak a credential. No tokens configured: nobody can write.
 */
@ConfigurationProperties("awardgraph.security")
public record SecurityProperties(@DefaultValue("true") boolean openReads, @DefaultValue("") String tokens) {

	/** sha256 hex → caller */
	Map<String, Caller> callersByTokenHash() {
		Map<String, Caller> callers = new HashMap<>();
		for (String entry : tokens.split(",")) {
			if (entry.isBlank()) {
				continue;
			}
			String[] parts = entry.strip().split(":");
			if (parts.length != 3 || parts[2].length() != 64) {
				throw new IllegalStateException("awardgraph.security.tokens: '" + entry.strip()
						+ "' is not name:ROLE:sha256 (64 hex digits of the token's SHA-256)");
			}
			Role role;
			try {
				role = Role.valueOf(parts[1].strip());
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("awardgraph.security.tokens: unknown role '" + parts[1] + "' for "
						+ parts[0] + "; use READER, EDITOR or ADMIN");
			}
			callers.put(parts[2].strip().toLowerCase(), new Caller(parts[0].strip(), role));
		}
		return callers;
	}

	Optional<Caller> callerFor(String token, Map<String, Caller> callers) {
		return Optional.ofNullable(callers.get(Sha256.hex(token)));
	}
}
