package dev.awardgraph.dataset;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.awardgraph.config.AwardgraphProperties;
import dev.awardgraph.config.AwardgraphProperties.LoadOnStart;
import dev.awardgraph.config.EmbeddedNeo4j;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Prepares the graph before the web server opens: schema first, then the dataset when the graph is empty (or a
 * reload is asked for). The work begins as soon as this bean exists and the database is up, on a thread of its
 * own, so that it overlaps the rest of Spring's start (the GraphQL schema, the actuator); the lifecycle phase
 * ahead of the web server waits for it. No request can therefore see a half-loaded or empty graph, readiness
 * turns UP only after it has finished, and a failure here fails the start.
 */
@Component
class GraphInitializer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GraphInitializer.class);

	private final SchemaApplier schema;
	private final DatasetLoader loader;
	private final Neo4jClient neo4j;
	private final LoadOnStart loadOnStart;
	private final CompletableFuture<Void> prepared;
	private volatile boolean running;

	GraphInitializer(SchemaApplier schema, DatasetLoader loader, Neo4jClient neo4j, AwardgraphProperties properties,
			ObjectProvider<EmbeddedNeo4j> embedded) {
		this.schema = schema;
		this.loader = loader;
		this.neo4j = neo4j;
		this.loadOnStart = properties.dataset().loadOnStart();
		EmbeddedNeo4j database = embedded.getIfAvailable(); // already registered, not created: this does not wait
		this.prepared = CompletableFuture.runAsync(() -> {
			if (database != null) {
				database.await();
			}
			prepare();
		}, runnable -> {
			Thread thread = new Thread(runnable, "graph-init");
			thread.setDaemon(true); // a context that fails to start closes the database under it; nothing to wait for
			thread.start();
		});
	}

	private void prepare() {
		schema.apply();
		boolean empty = neo4j.query("MATCH (n:Entity) RETURN count(n) = 0 AS empty").fetchAs(Boolean.class).one().orElse(true);
		if (loadOnStart == LoadOnStart.ALWAYS || (loadOnStart == LoadOnStart.IF_EMPTY && empty)) {
			loader.loadAtStart();
		}
		else {
			log.info("Dataset not loaded at start (load-on-start={}, graph empty={})", loadOnStart, empty);
		}
	}

	@Override
	public void start() {
		try {
			prepared.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
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
