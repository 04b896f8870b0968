package dev.awardgraph.transfer;

import java.nio.file.Path;

import dev.awardgraph.AwardgraphApplication;
import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.dataset.GraphHasher;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service (without its web server) in its own JVM, for {@link CrashAndRestoreTest} to kill: starts on a
 * store, prints the graph hash it finds there ({@code HASH=}), then imports a dataset through the normal loader.
 * A listener on the embedded database prints {@code COMMITTING} when the import's transaction, fully written,
 * starts to commit (the moment the test kills it). Prints {@code IMPORTED HASH=} if it gets to the end.
 *
 * <p>Arguments: store directory, {@code seed} (load the seed dataset at start) or {@code keep}, dataset
 * directory to import, and optionally {@code hold}: after {@code IMPORTED}, wait to be killed instead of closing.
 */
public final class ImportProcess {

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		Path store = Path.of(args[0]);
		SpringApplication application = new SpringApplication(AwardgraphApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		ConfigurableApplicationContext context = application.run("--awardgraph.data-dir=" + store,
				"--awardgraph.dataset.load-on-start=" + (args[1].equals("seed") ? "ALWAYS" : "NEVER"),
				"--awardgraph.embedded.page-cache=64m", "--logging.level.root=WARN");
		GraphHasher.GraphSummary found = context.getBean(GraphHasher.class).summarise();
		say("HASH=" + found.hash() + " nodes=" + found.nodeCount() + " relationships=" + found.relationshipCount()
				+ " startMillis=" + millis(started));

		long importStarted = System.nanoTime();
		context.getBean(DatabaseManagementService.class).registerTransactionEventListener("neo4j",
				new TransactionEventListenerAdapter<Object>() {
					@Override
					public Object beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService database) {
						long created = 0;
						for (var node : data.createdNodes()) {
							created++;
						}
						if (created >= 1000) {
							say("COMMITTING createdNodes=" + created + " writeMillis=" + millis(importStarted));
						}
						return null;
					}
				});
		say("IMPORT_STARTED");
		DatasetLoader.LoadReport report = context.getBean(DatasetLoader.class).load("file:" + args[2] + "/");
		say("IMPORTED HASH=" + report.hash() + " nodes=" + report.nodes() + " relationships=" + report.relationships()
				+ " importMillis=" + millis(importStarted));
		if (args.length > 3 && args[3].equals("hold")) {
			Thread.sleep(Long.MAX_VALUE); // no clean close: what the import reported must already be durable
		}
		context.close();
		System.exit(0);
	}

	private static void say(String line) {
		System.out.println(line);
		System.out.flush();
	}

	private static long millis(long since) {
		return (System.nanoTime() - since) / 1_000_000;
	}

	private ImportProcess() {
	}
}
