package dev.awardgraph.config;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring's GraphQL observations for each request ({@code graphql.request}) and each DataLoader batch, but not
 * for each data fetcher ({@code graphql.datafetcher}). Observing a fetcher wraps it, builds a second environment
 * and starts and stops a timer for every non-trivial field of every object in an answer; at 10k that was 13–18%
 * of the CPU of an entity or who-won-what request (docs/benchmarks.md). Replacing the auto-configured bean keeps
 * the request timers and traces operators use.
 */
@Configuration(proxyBeanMethods = false)
class Observations {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry) {
		return new GraphQlObservationInstrumentation(registry) {
			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
					InstrumentationState state) {
				return fetcher;
			}
		};
	}
}
