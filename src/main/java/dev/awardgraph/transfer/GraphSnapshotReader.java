package dev.awardgraph.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.awardgraph.model.GraphModel;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the curated graph (every {@code :Entity} node and the relationships between them) in one read transaction. */
@Component
class GraphSnapshotReader {

	private final Neo4jClient neo4j;
	private final TransactionTemplate transaction;

	GraphSnapshotReader(Neo4jClient neo4j, PlatformTransactionManager transactionManager) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactionManager);
		this.transaction.setReadOnly(true);
	}

	GraphSnapshot read() {
		return transaction.execute(status -> {
			List<GraphSnapshot.Node> nodes = new ArrayList<>();
			neo4j.query("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id")
				.fetch().all()
				.forEach(row -> nodes.add(new GraphSnapshot.Node((String) row.get("id"), label((Collection<?>) row.get("labels")),
						props(row.get("props")))));
			List<GraphSnapshot.Edge> edges = new ArrayList<>();
			neo4j.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props")
				.fetch().all()
				.forEach(row -> edges.add(new GraphSnapshot.Edge((String) row.get("from"), (String) row.get("type"),
						(String) row.get("to"), props(row.get("props")))));
			edges.sort(GraphSnapshot.Edge.ORDER);
			return new GraphSnapshot(List.copyOf(nodes), List.copyOf(edges));
		});
	}

	/** The domain label: the one of the model besides {@code Entity}. */
	private static String label(Collection<?> labels) {
		return labels.stream().map(String::valueOf).filter(l -> GraphModel.node(l).isPresent()).sorted().findFirst()
			.orElseGet(() -> labels.stream().map(String::valueOf).filter(l -> !l.equals("Entity")).sorted().findFirst()
				.orElse("Entity"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> props(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}
}
