package dev.awardgraph.dataset;

import java.util.List;
import java.util.Map;

import dev.awardgraph.support.WriteLock;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the curated graph with a validated dataset in ONE transaction: a failure anywhere rolls back to the
 * graph as it was, and a reader never sees a half-loaded graph. Labels and relationship types come from the
 * validated {@link dev.awardgraph.model.GraphModel}, and reach Cypher as parameters too (dynamic labels,
 * Neo4j 5.26), so no statement text is ever assembled.
 */
@Component
class DatasetWriter {

	private static final int BATCH = 1_000;

	/** One batch of nodes; {@code $rows} holds {label, properties}. Shared with the benchmark's bulk path. */
	static final String CREATE_NODES = """
			UNWIND $rows AS row
			CREATE (n:Entity:$(row.label))
			SET n = row.properties""";

	/**
	 * One batch of relationships; {@code $rows} holds {from, type, to, properties}. Two MATCH clauses, not one
	 * comma pattern: the same two unique-index seeks per row, without a "cartesian product" notice logged at
	 * every load.
	 */
	static final String CREATE_RELATIONSHIPS = """
			UNWIND $rows AS row
			MATCH (a:Entity {id: row.from})
			MATCH (b:Entity {id: row.to})
			CREATE (a)-[r:$(row.type)]->(b)
			SET r = row.properties""";

	private final Neo4jClient neo4j;
	private final TransactionTemplate transaction;

	DatasetWriter(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	void replaceGraph(Dataset dataset) {
		transaction.executeWithoutResult(status -> {
			neo4j.query(WriteLock.TAKE).run(); // a curation change waits for the new graph, or the load for it
			neo4j.query("MATCH (n:Entity) DETACH DELETE n").run();
			for (List<Dataset.NodeRow> batch : batches(dataset.nodes())) {
				neo4j.query(CREATE_NODES)
					.bind(batch.stream().map(DatasetWriter::nodeRow).toList())
					.to("rows")
					.run();
			}
			for (List<Dataset.RelationshipRow> batch : batches(dataset.relationships())) {
				neo4j.query(CREATE_RELATIONSHIPS)
					.bind(batch.stream().map(DatasetWriter::relationshipRow).toList())
					.to("rows")
					.run();
			}
		});
	}

	static Map<String, Object> nodeRow(Dataset.NodeRow n) {
		return Map.of("label", n.label(), "properties", n.properties());
	}

	static Map<String, Object> relationshipRow(Dataset.RelationshipRow r) {
		return Map.of("from", r.from(), "type", r.type(), "to", r.to(), "properties", r.properties());
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		return java.util.stream.IntStream.range(0, (rows.size() + BATCH - 1) / BATCH)
			.mapToObj(i -> rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH)))
			.toList();
	}
}
