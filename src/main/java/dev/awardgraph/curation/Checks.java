package dev.awardgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.awardgraph.entity.Node;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.model.PropertyType;

/**
 * Collects what is wrong with a mutation's input, each problem naming its field, so one answer tells the curator
 * everything to fix. The same rules as the dataset loader: typed properties, known kinds, existing references.
 */
final class Checks {

	static final int MAX_TEXT = 500;
	static final int MAX_ALIASES = 100;

	private final List<Payloads.UserError> errors = new ArrayList<>();
	private final Map<String, Node> known;

	/** @param known the entities the input refers to, by id, as found in the graph */
	Checks(Map<String, Node> known) {
		this.known = known;
	}

	List<Payloads.UserError> errors() {
		return errors;
	}

	boolean ok() {
		return errors.isEmpty();
	}

	void add(String field, String message) {
		errors.add(new Payloads.UserError(field, message));
	}

	String text(String field, String value, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "is required");
			}
			return null;
		}
		String text = value.strip();
		if (text.isEmpty()) {
			add(field, "must not be blank");
			return null;
		}
		if (text.length() > MAX_TEXT) {
			add(field, "is " + text.length() + " characters; at most " + MAX_TEXT);
			return null;
		}
		String control = PropertyType.controlCharacter(text);
		if (control != null) {
			add(field, control);
			return null;
		}
		return text;
	}

	List<String> texts(String field, List<String> values) {
		if (values == null) {
			return List.of();
		}
		if (values.size() > MAX_ALIASES) {
			add(field, values.size() + " values; at most " + MAX_ALIASES + " per change");
			return List.of();
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			String text = text(field + "[" + i + "]", values.get(i), true);
			if (text != null && !result.contains(text)) {
				result.add(text);
			}
		}
		return result;
	}

	String kind(String field, NodeType type, String kind, boolean required) {
		if (kind == null) {
			if (required && type.hasKinds()) {
				add(field, "is required for a " + type.label() + ": one of " + new TreeSet<>(type.kinds()));
			}
			return null;
		}
		if (!type.kinds().contains(kind)) {
			add(field, type.hasKinds() ? "must be one of " + new TreeSet<>(type.kinds()) + ", not '" + kind + "'"
					: "a " + type.label() + " has no kind");
			return null;
		}
		return kind;
	}

	/** Typed values of the given properties, checked against what the label or relationship type allows. */
	Map<String, Object> properties(String field, List<Inputs.PropertyInput> inputs, Map<String, PropertyType> allowed,
			Set<String> reserved) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (inputs == null) {
			return values;
		}
		for (Inputs.PropertyInput input : inputs) {
			String where = field + "." + input.key();
			PropertyType type = allowed.get(input.key());
			if (type == null || reserved.contains(input.key())) {
				add(where, "unknown property; allowed: " + new TreeSet<>(allowed.keySet()));
				continue;
			}
			Object value = parse(type, input);
			String problem = value == null ? "is required" : type.check(value);
			if (problem != null) {
				add(where, problem + " (got '" + (input.values() != null ? input.values() : input.value()) + "')");
				continue;
			}
			values.put(input.key(), value);
		}
		return values;
	}

	/** The referenced entity, if it exists and has one of the labels; otherwise a problem for the field. */
	Node entity(String field, String id, String... labels) {
		if (id == null) {
			return null;
		}
		Node node = known.get(id);
		if (node == null) {
			add(field, "no entity has the id '" + id + "'");
			return null;
		}
		if (labels.length > 0 && !List.of(labels).contains(node.label())) {
			add(field, "'" + id + "' is a " + node.label() + "; expected " + String.join(" or ", labels));
			return null;
		}
		return node;
	}

	private static Object parse(PropertyType type, Inputs.PropertyInput input) {
		if (type == PropertyType.STRINGS) {
			return input.values();
		}
		String text = input.value() == null ? null : input.value().strip();
		if (text == null) {
			return null;
		}
		try {
			return switch (type) {
				case INT -> Integer.valueOf(text);
				case NUMBER -> Double.valueOf(text);
				case BOOLEAN -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : text;
				default -> text;
			};
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}
}
