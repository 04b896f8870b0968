package dev.awardgraph.security;

import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Finds out who is calling, from {@code Authorization: Bearer <token>}, and puts the {@link Caller} (or why the
 * credential was refused) into the GraphQL context; {@link AccessInstrumentation} decides what they may do.
 */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

	static final String PROBLEM = "awardgraph.credentialProblem";

	private final SecurityProperties properties;
	private final Map<String, Caller> callers;

	CallerInterceptor(SecurityProperties properties) {
		this.properties = properties;
		this.callers = properties.callersByTokenHash();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		Caller caller = Caller.anonymous(properties.openReads());
		String problem = null;
		if (header != null) {
			if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				problem = "the Authorization header must be 'Bearer <token>'";
			}
			else {
				caller = properties.callerFor(header.substring(7).strip(), callers).orElse(caller);
				if (caller.role() == Role.NONE || caller.name().equals("anonymous")) {
					problem = "the bearer token is not valid";
				}
			}
		}
		Caller resolved = caller;
		String refused = problem;
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
			context.put(Caller.class, resolved);
			if (refused != null) {
				context.put(PROBLEM, refused);
			}
		}).build());
		return chain.next(request);
	}
}
