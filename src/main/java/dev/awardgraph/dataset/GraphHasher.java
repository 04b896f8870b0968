package dev.awardgraph.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A canonical SHA-256 of the whole graph: every node (labels and properties) and relationship (endpoint ids,
 * type, properties), sorted, independent of Neo4j's internal ids and of insertion order. Equal hashes mean the
 * same graph; that is how idempotent loading and "a refused load changed nothing" are checked. Only the
 * knowledge graph (:Entity) counts, not the audit log kept beside it.
 */
@Component
public class GraphHasher {

	private final Neo4jClient neo4j;

	GraphHasher(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	public GraphSummary summarise() {
		List<String> lines = new ArrayList<>();
		neo4j.query("MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props")
			.fetch().all()
			.forEach(row -> lines.add("N " + sorted((Collection<?>) row.get("labels")) + " " + canonical(row.get("props"))));
		int nodes = lines.size();
		neo4j.query("MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props")
			.fetch().all()
			.forEach(row -> lines.add("R " + row.get("from") + " " + row.get("type") + " " + row.get("to") + " "
					+ canonical(row.get("props"))));
		int relationships = lines.size() - nodes;
		lines.sort(null);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return new GraphSummary(HexFormat.of().formatHex(sha.digest()), nodes, relationships);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sorted(Collection<?> values) {
		return values.stream().map(String::valueOf).sorted().toList().toString();
	}

	private static String canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, String> sortedMap = new TreeMap<>();
			map.forEach((k, v) -> sortedMap.put(String.valueOf(k), canonical(v)));
			return sortedMap.toString();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(GraphHasher::canonical).toList().toString();
		}
		return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
	}

	/** What the graph holds now: its canonical hash and sizes. */
	public record GraphSummary(String hash, int nodeCount, int relationshipCount) {
	}
}
