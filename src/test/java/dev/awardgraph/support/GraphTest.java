package dev.awardgraph.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The one test context: the real service on a random port with its embedded Neo4j in a fresh store under
 * target/, loaded from the real dataset (data/), with the bearer tokens of {@link TestTokens}. Every test class
 * using it shares the context and database, so a test that changes the graph puts the seed graph back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "awardgraph.data-dir=target/test-neo4j/${random.uuid}", "awardgraph.dataset.load-on-start=ALWAYS",
				"awardgraph.security.tokens=" + TestTokens.CONFIGURED })
public @interface GraphTest {
}
