package dev.awardgraph.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.awardgraph.bench.SyntheticGraph;
import dev.awardgraph.search.NameKeys;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * The benchmark's bulk path: generates a synthetic graph, checks it with the real {@link DatasetValidator} (so
 * every property, derived {@code keys} and {@code searchText} and conferral name is exactly what the normal
 * loader would write), and writes it with the normal loader's statements into an embedded store, in batches of
 * their own transactions with progress, so that a million nodes never sit in one transaction. The service then
 * starts on that store with {@code AWARDGRAPH_LOAD_ON_START=NEVER}.
 *
 * <p>Usage: {@code BulkLoad <nodes> <seed> <store-dir> [yaml-dir]}; with a yaml-dir the dataset is also written
 * in the data/ format (load it with {@code AWARDGRAPH_DATASET=file:<yaml-dir>/}).
 */
public final class BulkLoad {

	private static final int BATCH = 10_000;

	private BulkLoad() {
	}

	public static void main(String[] args) throws Exception {
		int nodes = Integer.parseInt(args[0]);
		long seed = Long.parseLong(args[1]);
		Path store = Path.of(args[2]).toAbsolutePath();
		long started = System.nanoTime();
		List<SyntheticGraph.File> generated = SyntheticGraph.generate(nodes, seed);
		System.out.printf("generated %d nodes in %.1f s%n", generated.stream().mapToInt(f -> f.nodes().size()).sum(),
				seconds(started));
		if (args.length > 3) {
			String hash = SyntheticGraph.writeYaml(generated, Path.of(args[3]));
			System.out.printf("wrote YAML to %s (sha256 %s)%n", args[3], hash);
		}
		Dataset dataset = validate(generated);
		System.out.printf("validated: %d nodes, %d relationships in %.1f s%n", dataset.nodes().size(),
				dataset.relationships().size(), seconds(started));
		if (Files.exists(store)) {
			throw new IllegalStateException(store + " exists; remove it first");
		}
		DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(store)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse("512m"))
			.build();
		try {
			GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
			// constraints and range indexes first (relationships find their ends by id); full-text indexes after the
			// writes: populating them once is far faster than updating them transaction by transaction
			List<String> schema = SchemaApplier.statements();
			schema.stream().filter(s -> !s.contains("FULLTEXT")).forEach(db::executeTransactionally);
			db.executeTransactionally("CALL db.awaitIndexes(300)");
			write(db, "nodes", dataset.nodes(), DatasetWriter.CREATE_NODES, DatasetWriter::nodeRow, started);
			write(db, "relationships", dataset.relationships(), DatasetWriter.CREATE_RELATIONSHIPS,
					DatasetWriter::relationshipRow, started);
			schema.stream().filter(s -> s.contains("FULLTEXT")).forEach(db::executeTransactionally);
			System.out.printf("  populating full-text indexes %.1f s%n", seconds(started));
			db.executeTransactionally("CALL db.awaitIndexes(3600)");
		}
		finally {
			dbms.shutdown();
		}
		System.out.printf("store %s ready in %.1f s%n", store, seconds(started));
	}

	/** The generated records through the real validator; any problem is a generator bug and stops the load. */
	public static Dataset validate(List<SyntheticGraph.File> generated) {
		List<String> problems = new ArrayList<>();
		List<DatasetFile> files = generated.stream()
			.map(f -> new DatasetFile("synthetic/" + f.path(), f.nodes(), f.relationships()))
			.toList();
		Dataset dataset = new DatasetValidator(new NameKeys()).validate(files, problems);
		if (!problems.isEmpty()) {
			throw new DatasetException(problems);
		}
		return dataset;
	}

	private static <T> void write(GraphDatabaseService db, String what, List<T> rows, String statement,
			Function<T, Map<String, Object>> toRow, long started) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			List<Object> batch = rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
				.map(toRow).map(BulkLoad::asBolt).toList();
			try (var tx = db.beginTx()) {
				tx.execute(statement, Map.of("rows", batch)).close();
				tx.commit();
			}
			int done = Math.min(rows.size(), from + BATCH);
			if (done == rows.size() || (from / BATCH) % 10 == 0) {
				System.out.printf("  %s %d/%d (%d%%) %.1f s%n", what, done, rows.size(), done * 100L / rows.size(),
						seconds(started));
			}
		}
	}

	/** Integers as the driver sends them (64-bit), so the store holds the same values as a load over Bolt. */
	private static Object asBolt(Object value) {
		if (value instanceof Integer i) {
			return i.longValue();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new java.util.LinkedHashMap<>();
			map.forEach((k, v) -> out.put((String) k, asBolt(v)));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(BulkLoad::asBolt).toList();
		}
		return value;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
