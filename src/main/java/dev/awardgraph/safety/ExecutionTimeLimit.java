package dev.awardgraph.safety;

import java.time.Duration;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Cuts a request short at its time limit: the client gets a TIMEOUT error at the limit, graphql-java stops
 * starting fields ({@link ExecutionInput#cancel()}), and the Neo4j statement in flight is terminated by the
 * database itself, because every statement of a query carries the same limit as its transaction timeout
 * ({@link ReadTimeouts}).
 *
 * <p>Execution runs on its own pool, not on the servlet thread, so the answer can leave at the limit even while
 * a blocking statement is still being terminated; the pool is as large as Tomcat's, so it never queues requests
 * the server would have run. Queries get {@code queryTimeout}; mutations {@code writeTimeout}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ExecutionTimeLimit extends SimplePerformantInstrumentation implements WebGraphQlInterceptor, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExecutionTimeLimit.class);

	private volatile Duration queryTimeout;
	private final Duration writeTimeout;
	private final Scheduler executions = Schedulers.newBoundedElastic(200, 10_000, "graphql", 60, true);

	ExecutionTimeLimit(SafetyProperties safety) {
		this.queryTimeout = safety.queryTimeout();
		this.writeTimeout = safety.writeTimeout().compareTo(safety.queryTimeout()) > 0 ? safety.writeTimeout() : safety.queryTimeout();
	}

	/** What the interceptor needs to know about the execution it started. */
	static final class Running {
		volatile ExecutionInput input;
		volatile boolean mutation;
		volatile Duration queryTimeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		Running running = new Running();
		Duration queryLimit = queryTimeout;
		running.queryTimeout = queryLimit;
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(Running.class, running)).build());
		Mono<Long> limit = Mono.delay(queryLimit)
			.flatMap(t -> running.mutation && writeTimeout.compareTo(queryLimit) > 0 ? Mono.delay(writeTimeout.minus(queryLimit)) : Mono.just(t));
		return Mono.defer(() -> chain.next(request))
			.subscribeOn(executions)
			.timeout(limit, Mono.fromSupplier(() -> timedOut(request, running)));
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request, Running running) {
		ExecutionInput input = running.input;
		if (input != null) {
			input.cancel();
		}
		Duration limit = running.mutation ? writeTimeout : running.queryTimeout;
		log.warn("{} cancelled after {} ms: {}", running.mutation ? "Mutation" : "Query", limit.toMillis(),
				request.getDocument().length() > 300 ? request.getDocument().substring(0, 300) + "…" : request.getDocument());
		return Refusals.response(request, Refusals.TIMEOUT, (running.mutation ? "the mutation" : "the query") + " ran longer than the limit of "
				+ describe(limit) + " and was cancelled");
	}

	@Override
	public graphql.execution.instrumentation.InstrumentationContext<ExecutionResult> beginExecution(
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Running running = parameters.getGraphQLContext().get(Running.class);
		if (running != null) {
			running.input = parameters.getExecutionInput();
		}
		return super.beginExecution(parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		Running running = parameters.getExecutionContext().getGraphQLContext().get(Running.class);
		if (running == null) {
			return super.beginExecuteOperation(parameters, state);
		}
		running.mutation = parameters.getExecutionContext().getOperationDefinition().getOperation() == OperationDefinition.Operation.MUTATION;
		ReadTimeouts.set(running.mutation ? null : running.queryTimeout);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> ReadTimeouts.set(null));
	}

	/**
	 * Tests only: a shorter query limit for a while, so the cancellation path can be shown on the real service
	 * without a second application context or a slow test. Returns the limit it replaced.
	 */
	Duration replaceQueryTimeout(Duration timeout) {
		Duration previous = queryTimeout;
		queryTimeout = timeout;
		return previous;
	}

	static String describe(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

	@Override
	public void destroy() {
		executions.dispose();
	}
}
