package dev.awardgraph.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code nodes.csv} and {@code edges.csv} (RFC 4180, UTF-8) for a spreadsheet or Gephi's spreadsheet import:
 * nodes with id, label, name, aliases, nameEn, kind, sources and every other property; edges with source, target,
 * label (the relationship type), sources and every property. Lists are joined with {@code |}; a text that a
 * spreadsheet would take for a formula is written with a leading apostrophe ({@link Values#spreadsheetCell}).
 */
final class CsvExport {

	private CsvExport() {
	}

	static String nodes(GraphSnapshot graph) {
		TableColumns columns = TableColumns.nodes(graph);
		return table(columns.names(), graph.nodes(), n -> {
			Map<String, Object> row = new HashMap<>(n.properties());
			row.put("id", n.id());
			row.put("label", n.label());
			return row;
		});
	}

	static String edges(GraphSnapshot graph) {
		TableColumns columns = TableColumns.edges(graph);
		List<String> header = new ArrayList<>(List.of("source", "target"));
		header.addAll(columns.names());
		return table(header, graph.edges(), e -> {
			Map<String, Object> row = new HashMap<>(e.properties());
			row.put("source", e.from());
			row.put("target", e.to());
			row.put("label", e.type());
			return row;
		});
	}

	private static <T> String table(List<String> header, List<T> items, Function<T, Map<String, Object>> row) {
		StringBuilder csv = new StringBuilder();
		line(csv, header.stream().map(h -> (Object) h).toList());
		for (T item : items) {
			Map<String, Object> values = row.apply(item);
			line(csv, header.stream().map(values::get).toList());
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String cell = Values.spreadsheetCell(cells.get(i));
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				cell = '"' + cell.replace("\"", "\"\"") + '"';
			}
			csv.append(cell);
		}
		csv.append("\r\n");
	}
}
