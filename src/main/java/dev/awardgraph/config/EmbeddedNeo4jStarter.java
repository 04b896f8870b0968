package dev.awardgraph.config;

import dev.awardgraph.safety.SafetyProperties;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database as soon as the environment is known, before Spring reads a bean definition: its
 * start (the longest step of a cold start on two cores, docs/benchmarks.md) then overlaps all of Spring's, from
 * the configuration classes on. The database becomes the {@value #BEAN} singleton of the context, which shuts it
 * down when it closes. Registered in META-INF/spring.factories, so tests get it too; one instance per
 * SpringApplication run. Nothing starts when {@code awardgraph.neo4j-uri} names an external server.
 */
public class EmbeddedNeo4jStarter implements SmartApplicationListener {

	static final String BEAN = "embeddedNeo4jStart";

	private EmbeddedNeo4j starting;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(type)
				|| ApplicationContextInitializedEvent.class.isAssignableFrom(type)
				|| ApplicationFailedEvent.class.isAssignableFrom(type);
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared && embeddedMode(prepared.getEnvironment())) {
			// bound as the properties beans will be bound later, from the same environment
			Binder binder = Binder.get(prepared.getEnvironment());
			starting = new EmbeddedNeo4j(binder.bindOrCreate("awardgraph", AwardgraphProperties.class),
					binder.bindOrCreate("awardgraph.safety", SafetyProperties.class));
		}
		else if (event instanceof ApplicationContextInitializedEvent initialized && starting != null) {
			// from here on the context owns it: closing the context (also after a failed refresh) shuts it down
			DefaultListableBeanFactory beans = (DefaultListableBeanFactory) initialized.getApplicationContext().getBeanFactory();
			beans.registerSingleton(BEAN, starting);
			beans.registerDisposableBean(BEAN, starting::close);
			starting = null;
		}
		else if (event instanceof ApplicationFailedEvent && starting != null) {
			// failed before a context took it over
			starting.close();
			starting = null;
		}
	}

	static boolean embeddedMode(Environment environment) {
		return environment.getProperty("awardgraph.neo4j-uri", "").isBlank();
	}
}
