package dev.awardgraph.entity;

import java.util.List;
import java.util.Map;

import dev.awardgraph.source.Cited;

/**
 * Any entity as read from the graph: its label (which GraphQL type it is) and its properties. One record for
 * every label keeps the read path generic; the GraphQL schema gives each label its typed fields.
 */
public record Node(String id, String label, Map<String, Object> properties) implements Cited {

	public Object get(String property) {
		return properties.get(property);
	}

	@Override
	public List<String> sourceIds() {
		return Cited.sourceIds(properties);
	}

	/** Builds a node from a Cypher row holding {@code props} and {@code labels}. */
	@SuppressWarnings("unchecked")
	public static Node of(Map<String, Object> props, List<String> labels) {
		String label = labels.stream().filter(l -> !l.equals("Entity")).findFirst().orElse("Entity");
		return new Node((String) props.get("id"), label, props);
	}

	/**
	 * Builds a node from a Cypher map {@code {props: properties(n), labels: labels(n)}}; null stays null (an
	 * OPTIONAL MATCH that found nothing).
	 */
	public static Node of(org.neo4j.driver.Value value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return of(value.get("props").asMap(), value.get("labels").asList(org.neo4j.driver.Value::asString));
	}
}
