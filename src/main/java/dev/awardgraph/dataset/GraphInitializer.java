package dev.awardgraph.dataset;

import dev.awardgraph.config.AwardgraphProperties;
import dev.awardgraph.config.AwardgraphProperties.LoadOnStart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph before the web server opens: schema first, then the dataset when the graph is empty (or a
 * reload is asked for). Running as a lifecycle phase ahead of the web server means no request can ever see a
 * half-loaded or empty graph; readiness turns UP only after this has finished.
 */
@Component
class GraphInitializer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final SchemaApplier schema;
	private final DatasetLoader loader;
	private final Neo4jClient neo4j;
	private final LoadOnStart loadOnStart;
	private volatile boolean running;

	GraphInitializer(SchemaApplier schema, DatasetLoader loader, Neo4jClient neo4j, AwardgraphProperties properties) {
		this.schema = schema;
		this.loader = loader;
		this.neo4j = neo4j;
		this.loadOnStart = properties.dataset().loadOnStart();
	}

	@Override
	public void start() {
		schema.apply();
		boolean empty = neo4j.query("MATCH (n:Entity) RETURN count(n) = 0 AS empty").fetchAs(Boolean.class).one().orElse(true);
		if (loadOnStart == LoadOnStart.ALWAYS || (loadOnStart == LoadOnStart.IF_EMPTY && empty)) {
			loader.loadAtStart();
		}
		else {
			log.info("Dataset not loaded at start (load-on-start={}, graph empty={})", loadOnStart, empty);
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Before the web server (which starts last, at Integer.MAX_VALUE - 1). */
	@Override
	public int getPhase() {
		return 0;
	}
}
