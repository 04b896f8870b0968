package dev.awardgraph.relationship;

import java.util.List;
import java.util.Map;

import dev.awardgraph.source.Cited;

/**
 * A relationship as GraphQL returns it (Relationship, Hop, GraphEdge): its stored properties, readable as the same fields a
 * {@code Relationship} has (properties as text, order, title, role, date, note) and citing its sources.
 */
public interface Attributed extends Cited {

	/** The relationship's stored properties, {@code sources} included. */
	Map<String, Object> attributes();

	/** As key/value text, sorted by key, sources left out: the rendering of {@code Relationship.properties}. */
	default List<Map<String, String>> properties() {
		return attributes().entrySet().stream()
			.filter(e -> !e.getKey().equals("sources"))
			.sorted(Map.Entry.comparingByKey())
			.map(e -> Map.of("key", e.getKey(), "value", String.valueOf(e.getValue())))
			.toList();
	}

	default Object order() {
		return attributes().get("order");
	}

	default Object title() {
		return attributes().get("title");
	}

	default Object role() {
		return attributes().get("role");
	}

	default Object date() {
		return attributes().get("date");
	}

	default Object note() {
		return attributes().get("note");
	}

	@Override
	default List<String> sourceIds() {
		return Cited.sourceIds(attributes());
	}
}
