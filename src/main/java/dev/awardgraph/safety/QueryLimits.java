package dev.awardgraph.safety;

import java.util.ArrayList;
import java.util.List;

import dev.awardgraph.support.Limits;

import java.util.HashMap;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
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
 * and long before any field of it runs, so a refused query costs no Cypher. Every bound it breaks is named in its own error, with
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
		Document document = parameters.getDocument();
		OperationDefinition operation = operation(document, parameters.getOperation());
		if (operation != null) {
			GraphQLSchema schema = parameters.getSchema();
			GraphQLObjectType root = switch (operation.getOperation()) {
				case MUTATION -> schema.getMutationType();
				case SUBSCRIPTION -> schema.getSubscriptionType();
				default -> schema.getQueryType();
			};
			Map<String, FragmentDefinition> fragments = new HashMap<>();
			document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
			QueryShape shape = QueryShape.measure(operation.getSelectionSet(), root, fragments, parameters.getVariables(), schema,
					limits.defaultPageSize());
			List<String> problems = problems(shape);
			if (!problems.isEmpty()) {
				log.info("Operation refused before validation: {} ({})", problems, shape);
				List<GraphQLError> errors = new ArrayList<>();
				for (String problem : problems) {
					errors.add(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(problem).build());
				}
				throw new AbortExecutionException(errors);
			}
		}
		return super.beginValidation(parameters, state);
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
