package dev.awardgraph.security;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation the caller may not run before any field of it runs, so a refused write changes nothing.
 * Queries need READER, mutations EDITOR, and a root field marked {@code @requires(role: ADMIN)} (merges, imports)
 * that role.
 */
@Component
class AccessInstrumentation extends SimplePerformantInstrumentation {

	private final SecurityProperties properties;

	AccessInstrumentation(SecurityProperties properties) {
		this.properties = properties;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
			InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		String problem = execution.getGraphQLContext().get(CallerInterceptor.PROBLEM);
		if (problem != null) {
			throw refusal(ErrorType.UNAUTHORIZED, problem);
		}
		Caller caller = execution.getGraphQLContext().getOrDefault(Caller.class, Caller.anonymous(properties.openReads()));
		OperationDefinition operation = execution.getOperationDefinition();
		boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
		GraphQLObjectType root = mutation ? execution.getGraphQLSchema().getMutationType() : execution.getGraphQLSchema().getQueryType();
		Role needed = neededRole(operation.getSelectionSet(), root, execution.getFragmentsByName(), mutation ? Role.EDITOR : Role.READER);
		if (!caller.role().includes(needed)) {
			boolean anonymous = caller.name().equals("anonymous");
			throw refusal(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN, anonymous
					? "this operation needs a bearer token with role " + needed + " (Authorization: Bearer <token>)"
					: "'" + caller.name() + "' has role " + caller.role() + "; this operation needs " + needed);
		}
		return super.beginExecuteOperation(parameters, state);
	}

	private static Role neededRole(SelectionSet selections, GraphQLObjectType root, Map<String, FragmentDefinition> fragments,
			Role needed) {
		for (Selection<?> selection : selections.getSelections()) {
			if (selection instanceof Field field && root != null) {
				GraphQLFieldDefinition definition = root.getFieldDefinition(field.getName());
				GraphQLAppliedDirective requires = definition == null ? null : definition.getAppliedDirective("requires");
				if (requires != null) {
					Role role = Role.valueOf(String.valueOf((Object) requires.getArgument("role").getValue()));
					needed = role.includes(needed) ? role : needed;
				}
			}
			else if (selection instanceof InlineFragment fragment) {
				needed = neededRole(fragment.getSelectionSet(), root, fragments, needed);
			}
			else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
				needed = neededRole(fragments.get(spread.getName()).getSelectionSet(), root, fragments, needed);
			}
		}
		return needed;
	}

	private static AbortExecutionException refusal(ErrorClassification type, String message) {
		GraphQLError error = GraphqlErrorBuilder.newError().errorType(type).message(message).build();
		return new AbortExecutionException(List.of(error));
	}
}
