package dev.awardgraph.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.awardgraph.dataset.DatasetException;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Expected failures (bad arguments, a refused dataset) reach the client with a message that says what was
 * wrong; anything else is logged here and answered with a generic message: no class names, stack traces or
 * Cypher leave the service.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Throwable cause = ex instanceof java.util.concurrent.CompletionException && ex.getCause() != null ? ex.getCause() : ex;
		if (cause instanceof IllegalArgumentException || cause instanceof DatasetException) {
			return error(env, ErrorType.BAD_REQUEST, cause.getMessage());
		}
		if (isTimedOut(cause)) {
			log.warn("Neo4j terminated a statement at its time limit while resolving {}", env.getExecutionStepInfo().getPath());
			return error(env, ErrorClassification.errorClassification("TIMEOUT"), "the query ran longer than its time limit and was cancelled");
		}
		String conflict = conflict(cause);
		if (conflict != null) {
			// two changes raced past the same check (e.g. the same new entity created twice at once): the
			// uniqueness constraint let one commit and rolled this one back whole
			log.info("Change refused by a uniqueness constraint at {}: {}", env.getExecutionStepInfo().getPath(), conflict);
			return error(env, ErrorClassification.errorClassification("CONFLICT"), "another change wrote " + conflict
					+ " at the same moment; nothing of this change was written: look again and retry if still needed");
		}
		if (isUnavailable(cause)) {
			log.warn("Neo4j unavailable while resolving {}: {}", env.getExecutionStepInfo().getPath(), cause.toString());
			return error(env, ErrorType.INTERNAL_ERROR, "the graph database is unavailable; try again shortly");
		}
		log.error("Unexpected error resolving {}", env.getExecutionStepInfo().getPath(), cause);
		return error(env, ErrorType.INTERNAL_ERROR, "internal error while resolving "
				+ env.getExecutionStepInfo().getPath() + "; it has been logged");
	}

	private static final Pattern CONSTRAINED = Pattern.compile("property `(\\w+)` = '([^']{1,200})'");

	/** What a uniqueness constraint refused ("id 'org/x'"), or null when the error is not such a refusal. */
	private static String conflict(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("ConstraintValidationFailed") || t instanceof DataIntegrityViolationException) {
				Matcher m = CONSTRAINED.matcher(message);
				return m.find() ? m.group(1) + " '" + m.group(2) + "'" : "the same entity";
			}
		}
		return null;
	}

	/** Neo4j terminated the transaction: its timeout (ours, per query) or an operator's TERMINATE TRANSACTION. */
	private static boolean isTimedOut(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && (neo4j.code().contains("TransactionTimedOut") || neo4j.code().contains("Terminated"))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ServiceUnavailableException || t instanceof SessionExpiredException
					|| t instanceof TransientDataAccessResourceException
					|| String.valueOf(t.getMessage()).startsWith("Unable to acquire connection from the pool")) {
				return true;
			}
		}
		return false;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String message) {
		return GraphQLError.newError()
			.errorType(type)
			.message(message)
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}
}
