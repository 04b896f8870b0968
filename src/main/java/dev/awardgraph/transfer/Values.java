package dev.awardgraph.transfer;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers for property values as the driver returns them. */
final class Values {

	private Values() {
	}

	/** A stable text of a value, for sorting. */
	static String canonical(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, String> sorted = new TreeMap<>();
			map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
			return sorted.toString();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(Values::canonical).toList().toString();
		}
		return String.valueOf(value);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return value instanceof List<?> list ? (List<String>) list : List.of();
	}

	/** For a spreadsheet or GraphML cell: lists joined with {@code |}, numbers without exponents. */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return String.join("|", list.stream().map(Values::cell).toList());
		}
		if (value instanceof Double d) {
			return plainDecimal(d);
		}
		return String.valueOf(value);
	}

	/** 1.2E10 as 12000000000.0: YAML 1.1 reads an exponent without a sign as text, a plain decimal as a float. */
	static String plainDecimal(double d) {
		String text = BigDecimal.valueOf(d).toPlainString();
		return text.contains(".") ? text : text + ".0";
	}

	/**
	 * Text XML 1.0 can carry: characters it forbids (C0 controls other than tab, newline and carriage return; lone
	 * surrogates; U+FFFE/U+FFFF) become U+FFFD. Curation refuses such characters, but a graph on an external Neo4j
	 * may hold anything, and one of them would make the whole GraphML file unreadable.
	 */
	static String xml(String text) {
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ok;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			if (!ok && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				out.append(ok ? c : '\uFFFD');
			}
		}
		return out == null ? text : out.toString();
	}

	/**
	 * A text cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets a
	 * leading apostrophe, the OWASP advice against CSV injection: an analyst opening nodes.csv in Excel must not
	 * execute what a curator typed. Numbers are left alone; the data/ export stays the lossless format.
	 */
	static String spreadsheetCell(Object value) {
		String cell = cell(value);
		if (value instanceof Number || cell.isEmpty()) {
			return cell;
		}
		return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
	}
}
