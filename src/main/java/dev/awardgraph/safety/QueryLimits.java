package dev.awardgraph.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.support.Limits;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation that is too deep, too costly or too wide as soon as it is parsed, before it is validated
 * (validating a hostile document is itself work: overlapping-field checks grow with the square of the fields)
 * and long before any field of it runs, so a refused query costs no Cypher. A document served from
 * {@link DocumentCache} skips parsing and validation; it is checked before its execution instead. Every bound it breaks is named in its own error, with
 * the value and the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryLimits extends SimplePerformantInstrumentation {

	private static final Logger log = LoggerFactory.getLogger(QueryLimits.class);

	private final SafetyProperties safety;
	private final Limits limits;

	QueryLimits(SafetyProperties safety, Limits limits) {
		this.safety = safety;
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		check(parameters.getDocument(), parameters.getOperation(), parameters.getVariables(), parameters.getSchema());
		parameters.getGraphQLContext().put(Checked.class, Boolean.TRUE);
		return super.beginValidation(parameters, state);
	}

	/**
	 * A document from {@link DocumentCache} was not validated for this request, so its limits are checked here;
	 * its cost can differ from the last time, with other variables.
	 */
	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (execution.getGraphQLContext().get(Checked.class) == null) {
			check(execution.getDocument(), execution.getExecutionInput().getOperationName(),
					execution.getExecutionInput().getVariables(), execution.getGraphQLSchema());
		}
		return super.beginExecuteOperation(parameters, state);
	}

	/** Marks a request whose document was checked before validation. */
	private enum Checked {
	}

	private void check(Document document, String operationName, Map<String, Object> variables, GraphQLSchema schema) {
		OperationDefinition operation = operation(document, operationName);
		if (operation == null) {
			return;
		}
		GraphQLObjectType root = switch (operation.getOperation()) {
			case MUTATION -> schema.getMutationType();
			case SUBSCRIPTION -> schema.getSubscriptionType();
			default -> schema.getQueryType();
		};
		Map<String, FragmentDefinition> fragments = new HashMap<>();
		document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
		QueryShape shape = QueryShape.measure(operation.getSelectionSet(), root, fragments, variables, schema, limits.defaultPageSize());
		List<String> problems = problems(shape);
		if (!problems.isEmpty()) {
			log.info("Operation refused: {} ({})", problems, shape);
			List<GraphQLError> errors = new ArrayList<>();
			for (String problem : problems) {
				errors.add(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(problem).build());
			}
			throw new AbortExecutionException(errors);
		}
	}

	/** The operation that will run; null when the document does not say (validation reports it). */
	private static OperationDefinition operation(Document document, String name) {
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		if (name == null) {
			return operations.size() == 1 ? operations.get(0) : null;
		}
		return operations.stream().filter(o -> name.equals(o.getName())).findFirst().orElse(null);
	}

	List<String> problems(QueryShape shape) {
		List<String> problems = new ArrayList<>();
		if (shape.depth() > safety.maxDepth()) {
			problems.add("query depth " + shape.depth() + " exceeds the limit of " + safety.maxDepth());
		}
		if (shape.cost() > safety.maxCost()) {
			problems.add("query cost " + (shape.cost() == Long.MAX_VALUE ? "too large to count" : shape.cost())
					+ " exceeds the limit of " + safety.maxCost() + " (cost = the most objects the query could resolve: each "
					+ "list counts its first/maxNodes, or " + limits.defaultPageSize() + " without one; ask for smaller pages)");
		}
		if (shape.aliases() > safety.maxAliases()) {
			problems.add(shape.aliases() + " aliases exceed the limit of " + safety.maxAliases());
		}
		if (shape.rootFields() > safety.maxRootFields()) {
			problems.add(shape.rootFields() + " root fields exceed the limit of " + safety.maxRootFields());
		}
		if (shape.fields() > safety.maxFields()) {
			problems.add(shape.fields() + " fields exceed the limit of " + safety.maxFields());
		}
		return problems;
	}
}
