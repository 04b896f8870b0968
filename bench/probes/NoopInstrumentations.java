package dev.awardgraph.config;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Not compiled with the project: copy it into a second checkout's src/main/java/dev/awardgraph/config/ to measure what
 * two more members of graphql-java's instrumentation chain cost (their per-field hooks do nothing, as ours do).
 */
@Configuration(proxyBeanMethods = false)
class NoopInstrumentations {
	@Bean
	Instrumentation noop1() {
		return new SimplePerformantInstrumentation() {
		};
	}

	@Bean
	Instrumentation noop2() {
		return new SimplePerformantInstrumentation() {
		};
	}
}
