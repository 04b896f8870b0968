package dev.awardgraph.config;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Hands Spring Boot the embedded database's Bolt address when no external URI is configured. The driver, SDN and
 * every query then talk Bolt exactly as they would to a server: one code path for both modes. The database itself
 * was started before the context by {@link EmbeddedNeo4jStarter}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jConfiguration.EmbeddedModeCondition.class)
class EmbeddedNeo4jConfiguration {

	/** For whoever needs the database itself (tests); lazy, so that asking for it is what waits for the start. */
	@Bean(destroyMethod = "") // shut down by the context's EmbeddedNeo4j, whether or not anyone asked for it
	@Lazy
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4j embedded) {
		return embedded.await();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
		URI uri = URI.create("bolt://localhost:" + embedded.boltPort());
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}
		};
	}

	static class EmbeddedModeCondition implements org.springframework.context.annotation.Condition {
		@Override
		public boolean matches(org.springframework.context.annotation.ConditionContext context,
				org.springframework.core.type.AnnotatedTypeMetadata metadata) {
			return EmbeddedNeo4jStarter.embeddedMode(context.getEnvironment());
		}
	}
}
