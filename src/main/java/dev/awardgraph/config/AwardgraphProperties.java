package dev.awardgraph.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of awardgraph. Environment variables in README map onto these (see application.yaml).
 *
 * @param neo4jUri      external Neo4j (bolt://, neo4j://, neo4j+s://); blank means the embedded database
 * @param dataDir       where the embedded store lives; outside target/ so that {@code mvn clean} keeps it
 * @param dataset       where the curated dataset is read from and when it is loaded
 * @param embedded      tuning of the embedded database
 */
@ConfigurationProperties("awardgraph")
public record AwardgraphProperties(@DefaultValue("") String neo4jUri, @DefaultValue("var/neo4j") Path dataDir,
		@DefaultValue Dataset dataset, @DefaultValue Embedded embedded) {

	/**
	 * @param location    a directory ({@code file:data/}) or classpath folder holding the YAML files
	 * @param loadOnStart {@code IF_EMPTY} (default), {@code ALWAYS} (reload) or {@code NEVER}
	 */
	public record Dataset(@DefaultValue("classpath:dataset/") String location,
			@DefaultValue("IF_EMPTY") LoadOnStart loadOnStart) {
	}

	/**
	 * @param boltPort  0 picks a free port; the listener is always bound to localhost
	 * @param pageCache page cache size, e.g. 256m
	 */
	public record Embedded(@DefaultValue("0") int boltPort, @DefaultValue("256m") String pageCache,
			@DefaultValue("200ms") Duration shutdownWait) {
	}

	public enum LoadOnStart {
		IF_EMPTY, ALWAYS, NEVER
	}

	public boolean embeddedMode() {
		return neo4jUri.isBlank();
	}
}
