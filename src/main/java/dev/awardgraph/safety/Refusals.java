package dev.awardgraph.safety;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/** A GraphQL answer carrying one error and no data, for requests refused or cut short outside execution. */
final class Refusals {

	/** A request that ran out of time: neither a bad request nor the service's fault. */
	static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

	private Refusals() {
	}

	static WebGraphQlResponse response(WebGraphQlRequest request, ErrorClassification type, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(type).message(message).build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}
}
