package dev.awardgraph.config;

import java.util.Arrays;
import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.schema.DataFetcher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's instrumentations (Spring's request observation, {@code QueryLimits}, {@code ExecutionTimeLimit},
 * {@code AccessInstrumentation}) in a chain that calls a per-field hook only when a member implements it. graphql-java's
 * chain calls every member for every field of every object in an answer (begin execution, fetching, completion,
 * list completion …) and allocates a context for each call, though none of ours acts below the operation: two more
 * no-op members cost a neighbourhood request 3.5–5.4% of its CPU, and skipping the hooks took about 9% off it
 * (A/Bs in docs/benchmarks.md). Which hooks a member implements is read once from its class, so a member added
 * later that does hook fields is called as before.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationChain {

	@Bean
	GraphQlSourceBuilderCustomizer instrumentationChainCustomizer(ObjectProvider<Instrumentation> instrumentations) {
		// the same members in the same order as the auto-configuration's chain, which this one replaces
		return builder -> builder.configureGraphQl(
				graphQl -> graphQl.instrumentation(new FieldHooksWhereImplemented(instrumentations.orderedStream().toList())));
	}

	static final class FieldHooksWhereImplemented extends ChainedInstrumentation {

		private final boolean fieldExecution;
		private final boolean fieldFetching;
		private final boolean fieldCompletion;
		private final boolean fieldListCompletion;
		private final boolean executeObject;
		private final boolean deferredField;
		private final boolean subscribedFieldEvent;
		private final boolean dataFetcher;

		FieldHooksWhereImplemented(List<Instrumentation> instrumentations) {
			super(instrumentations);
			fieldExecution = implemented("beginFieldExecution", InstrumentationFieldParameters.class);
			fieldFetching = implemented("beginFieldFetching", InstrumentationFieldFetchParameters.class)
					|| implemented("beginFieldFetch", InstrumentationFieldFetchParameters.class);
			fieldCompletion = implemented("beginFieldCompletion", InstrumentationFieldCompleteParameters.class);
			fieldListCompletion = implemented("beginFieldListCompletion", InstrumentationFieldCompleteParameters.class);
			executeObject = implemented("beginExecuteObject", InstrumentationExecutionStrategyParameters.class);
			deferredField = implemented("beginDeferredField", InstrumentationFieldParameters.class);
			subscribedFieldEvent = implemented("beginSubscribedFieldEvent", InstrumentationFieldParameters.class);
			dataFetcher = implemented("instrumentDataFetcher", DataFetcher.class, InstrumentationFieldFetchParameters.class);
		}

		/**
		 * Whether any member declares the hook (its parameters, then the state) anywhere but in graphql-java's
		 * do-nothing defaults.
		 */
		private boolean implemented(String hook, Class<?>... parameters) {
			Class<?>[] signature = Arrays.copyOf(parameters, parameters.length + 1);
			signature[parameters.length] = InstrumentationState.class;
			for (Instrumentation member : getInstrumentations()) {
				try {
					Class<?> declaring = member.getClass().getMethod(hook, signature).getDeclaringClass();
					if (declaring != Instrumentation.class && declaring != SimplePerformantInstrumentation.class) {
						return true;
					}
				}
				catch (NoSuchMethodException ex) {
					throw new IllegalStateException("graphql-java's Instrumentation has no " + hook + ": update this chain", ex);
				}
			}
			return false;
		}

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
			return fieldExecution ? super.beginFieldExecution(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return fieldFetching ? super.beginFieldFetching(parameters, state) : FieldFetchingInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
			return fieldFetching ? super.beginFieldFetch(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return fieldCompletion ? super.beginFieldCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
				InstrumentationState state) {
			return executeObject ? super.beginExecuteObject(parameters, state) : ExecuteObjectInstrumentationContext.NOOP;
		}

		@Override
		public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters, InstrumentationState state) {
			return deferredField ? super.beginDeferredField(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			return subscribedFieldEvent ? super.beginSubscribedFieldEvent(parameters, state) : SimpleInstrumentationContext.noOp();
		}

		@Override
		public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
				InstrumentationState state) {
			return dataFetcher ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
		}
	}
}
