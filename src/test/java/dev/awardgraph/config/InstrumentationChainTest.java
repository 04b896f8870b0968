package dev.awardgraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The service's instrumentations run in a chain that skips the per-field hooks none of them implements, and a
 * member that does implement one is still called for every field.
 */
@GraphTest
class InstrumentationChainTest {

	@LocalServerPort
	int port;

	@Autowired
	GraphQlSource graphQlSource;

	@Autowired
	List<Instrumentation> instrumentations;

	@Test
	void theServiceRunsEveryInstrumentationBeanInTheChain() {
		GraphQlClient.forPort(port).document("{ entity(id: \"org/wic\") { name } }").execute()
			.path("entity.name").entity(String.class).isEqualTo("世界互联网大会");
		Instrumentation chain = graphQlSource.graphQl().getInstrumentation();
		assertThat(chain).isInstanceOf(InstrumentationChain.FieldHooksWhereImplemented.class);
		assertThat(((ChainedInstrumentation) chain).getInstrumentations())
			.containsExactlyInAnyOrderElementsOf(instrumentations)
			.extracting(i -> i.getClass().getSimpleName())
			.contains("QueryLimits", "ExecutionTimeLimit", "AccessInstrumentation");
	}

	@Test
	void aMemberThatHooksFieldsIsCalledForEachField() {
		FieldRecorder recorder = new FieldRecorder();
		GraphQL graphQl = GraphQL.newGraphQL(graphQlSource.schema())
			.instrumentation(new InstrumentationChain.FieldHooksWhereImplemented(
					List.of(new SimplePerformantInstrumentation(), recorder)))
			.build();
		ExecutionResult result = graphQl.execute("{ __schema { queryType { name } } }");
		assertThat(result.getErrors()).isEmpty();
		assertThat(recorder.executed).containsExactly("__schema", "queryType", "name");
		assertThat(recorder.completed).containsExactly("__schema", "queryType", "name");
	}

	/** Records the fields whose execution and completion it is told about. */
	static final class FieldRecorder extends SimplePerformantInstrumentation {

		final List<String> executed = new ArrayList<>();
		final List<String> completed = new ArrayList<>();

		@Override
		public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
				InstrumentationState state) {
			executed.add(parameters.getExecutionStepInfo().getField().getName());
			return SimpleInstrumentationContext.noOp();
		}

		@Override
		public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
				InstrumentationState state) {
			completed.add(parameters.getExecutionStepInfo().getField().getName());
			return SimpleInstrumentationContext.noOp();
		}
	}
}
