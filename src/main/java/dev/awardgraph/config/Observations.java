package dev.awardgraph.config;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring's GraphQL observation of each request ({@code graphql.request}), without the one of each data fetcher
 * ({@code graphql.datafetcher}); the rest of Spring's instrumentation is left as it is. Observing a fetcher wraps
 * it, builds a second environment and starts and stops a timer for every non-trivial field of every object in an
 * answer: 9–23% of the CPU of an entity or who-won-what request at 10k (docs/benchmarks.md). Switching that
 * observation off by predicate keeps the wrapper and saves nothing; replacing the auto-configured bean does, and
 * keeps the request timers and traces operators use. Convention beans are honoured as the auto-configuration
 * honours them (null: Spring's default).
 */
@Configuration(proxyBeanMethods = false)
class Observations {

	@Bean
	GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry registry,
			ObjectProvider<ExecutionRequestObservationConvention> requestConvention,
			ObjectProvider<DataLoaderObservationConvention> dataLoaderConvention) {
		// no data fetcher convention: no data fetcher is observed
		return new GraphQlObservationInstrumentation(registry, requestConvention.getIfAvailable(), null,
				dataLoaderConvention.getIfAvailable()) {
			@Override
			public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
					InstrumentationState state) {
				return fetcher;
			}
		};
	}
}
