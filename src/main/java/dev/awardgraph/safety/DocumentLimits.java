package dev.awardgraph.safety;

import graphql.parser.ParserOptions;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Bounds the GraphQL document before it is parsed: its length here, its tokens in the parser (graphql-java
 * stops tokenising beyond {@code maxTokens}), so a huge or pathological document costs almost nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentLimits implements WebGraphQlInterceptor {

	private final SafetyProperties safety;
	private final ParserOptions parserOptions;

	DocumentLimits(SafetyProperties safety) {
		this.safety = safety;
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform(options -> options.maxTokens(safety.maxTokens()).maxCharacters(safety.maxDocumentLength()));
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		int length = request.getDocument().length();
		if (length > safety.maxDocumentLength()) {
			return Mono.just(Refusals.response(request, ErrorType.BAD_REQUEST, "query document of " + length
					+ " characters exceeds the limit of " + safety.maxDocumentLength()));
		}
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(context -> context.put(ParserOptions.class, parserOptions))
			.build());
		return chain.next(request);
	}
}
