package dev.awardgraph.transfer;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: quoted fields may hold commas, quotes and line breaks. */
final class Csv {

	private Csv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(cell.toString());
				cell.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				cell.append(c);
			}
		}
		if (!row.isEmpty() || cell.length() > 0) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
