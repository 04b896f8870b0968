package dev.awardgraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Counts the Cypher statements the service sends (every {@code Neo4jClient.query}), as the metric
 * {@code awardgraph.cypher.statements}. It is how tests prove the absence of N+1 and how an operator sees
 * what a query mix costs the database.
 */
@Component
public class CypherStatementCounter implements BeanPostProcessor, MeterBinder {

	private final AtomicLong statements = new AtomicLong();

	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("awardgraph.cypher.statements", statements, AtomicLong::get)
			.description("Cypher statements sent to Neo4j")
			.register(registry);
	}

	public long count() {
		return statements.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof Neo4jClient client)) {
			return bean;
		}
		return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
				(proxy, method, args) -> {
					if (method.getName().equals("query")) {
						statements.incrementAndGet();
					}
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}
}
