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
}
