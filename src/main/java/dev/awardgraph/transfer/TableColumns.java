package dev.awardgraph.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The columns of a flat export (CSV, GraphML): the fixed ones first, then every other property found, sorted,
 * each with the one type all its values fit (for GraphML's typed keys). Derived search fields are left out.
 */
record TableColumns(List<String> names, Map<String, String> types) {

	static final List<String> NODE_COLUMNS = List.of("id", "label", "name", "aliases", "nameEn", "kind", "sources");
	static final List<String> EDGE_COLUMNS = List.of("label", "sources");
	private static final Set<String> LEFT_OUT = Set.of("keys", "searchText");

	static TableColumns nodes(GraphSnapshot graph) {
		return of(NODE_COLUMNS, graph.nodes(), n -> {
			Map<String, Object> row = new LinkedHashMap<>(n.properties());
			row.put("label", n.label());
			return row;
		});
	}

	static TableColumns edges(GraphSnapshot graph) {
		return of(EDGE_COLUMNS, graph.edges(), e -> {
			Map<String, Object> row = new LinkedHashMap<>(e.properties());
			row.put("label", e.type());
			return row;
		});
	}

	private static <T> TableColumns of(List<String> fixed, List<T> items, Function<T, Map<String, Object>> row) {
		Map<String, String> types = new LinkedHashMap<>();
		Set<String> others = new TreeSet<>();
		for (T item : items) {
			row.apply(item).forEach((key, value) -> {
				if (!LEFT_OUT.contains(key) && value != null) {
					types.merge(key, type(value), TableColumns::widen);
					if (!fixed.contains(key)) {
						others.add(key);
					}
				}
			});
		}
		List<String> names = new ArrayList<>(fixed);
		names.addAll(others);
		names.forEach(n -> types.putIfAbsent(n, "string"));
		return new TableColumns(List.copyOf(names), Map.copyOf(types));
	}

	private static String type(Object value) {
		if (value instanceof Boolean) {
			return "boolean";
		}
		if (value instanceof Long || value instanceof Integer) {
			return "long";
		}
		if (value instanceof Double || value instanceof Float) {
			return "double";
		}
		return "string";
	}

	private static String widen(String a, String b) {
		if (a.equals(b)) {
			return a;
		}
		Set<String> both = Set.of(a, b);
		return both.equals(Set.of("long", "double")) ? "double" : "string";
	}
}
