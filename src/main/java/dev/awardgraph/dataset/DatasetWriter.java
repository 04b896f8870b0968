package dev.awardgraph.dataset;

import java.util.List;
import java.util.Map;

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

	private final Neo4jClient neo4j;
	private final TransactionTemplate transaction;

	DatasetWriter(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	void replaceGraph(Dataset dataset) {
		transaction.executeWithoutResult(status -> {
			neo4j.query("MATCH (n:Entity) DETACH DELETE n").run();
			for (List<Dataset.NodeRow> batch : batches(dataset.nodes())) {
				neo4j.query("""
						UNWIND $rows AS row
						CREATE (n:Entity:$(row.label))
						SET n = row.properties""")
					.bind(batch.stream().map(n -> Map.of("label", n.label(), "properties", n.properties())).toList())
					.to("rows")
					.run();
			}
			for (List<Dataset.RelationshipRow> batch : batches(dataset.relationships())) {
				neo4j.query("""
						UNWIND $rows AS row
						MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
						CREATE (a)-[r:$(row.type)]->(b)
						SET r = row.properties""")
					.bind(batch.stream()
						.map(r -> Map.of("from", r.from(), "type", r.type(), "to", r.to(), "properties", r.properties()))
						.toList())
					.to("rows")
					.run();
			}
		});
	}

	private static <T> List<List<T>> batches(List<T> rows) {
		return java.util.stream.IntStream.range(0, (rows.size() + BATCH - 1) / BATCH)
			.mapToObj(i -> rows.subList(i * BATCH, Math.min(rows.size(), (i + 1) * BATCH)))
			.toList();
	}
}
