package dev.awardgraph.config;

import java.lang.management.ManagementFactory;
import java.util.Map;

import dev.awardgraph.safety.SafetyProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The floor of a start: the service's own {@link EmbeddedNeo4j}, with its default settings, started on the given
 * store directory in a JVM doing nothing else. Prints the time to a started database and the CPU the JVM had used
 * by then. {@code bench/run.sh neo4j-alone} runs it on a fresh store, then on the store it left.
 */
public final class Neo4jAlone {

	public static void main(String[] args) {
		Binder defaults = new Binder(new MapConfigurationPropertySource(Map.of("awardgraph.data-dir", args[0])));
		long begun = System.nanoTime();
		EmbeddedNeo4j database = new EmbeddedNeo4j(defaults.bindOrCreate("awardgraph", AwardgraphProperties.class),
				defaults.bindOrCreate("awardgraph.safety", SafetyProperties.class));
		database.await();
		long millis = (System.nanoTime() - begun) / 1_000_000;
		double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		System.out.printf("embedded Neo4j alone started in %d ms; CPU by then %.1f s (JVM start included)%n", millis, cpu);
		database.close();
		System.exit(0);
	}

	private Neo4jAlone() {
	}
}
