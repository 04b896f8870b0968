package dev.awardgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** The value types a dataset property may have; {@link #check} says what is wrong with a value, or null. */
public enum PropertyType {

	STRING, INT, NUMBER, BOOLEAN, STRINGS,
	/** ISO 8601 at the precision the source gives: 2024, 2024-11 or 2024-11-20 — never invented precision. */
	DATE,
	/** A date with an optional time, e.g. 2026-06-15T24:00+08:00 for "24:00 Beijing time". */
	DATETIME;

	private static final Pattern YEAR = Pattern.compile("\\d{4}");
	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
	private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})");

	public String check(Object value) {
		return switch (this) {
			case STRING -> value instanceof String s && !s.isBlank() ? controlCharacter(s) : "must be a non-empty text";
			case INT -> value instanceof Integer || value instanceof Long ? null : "must be a whole number";
			case NUMBER -> value instanceof Number ? null : "must be a number";
			case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
			case STRINGS -> value instanceof List<?> list && list.stream().allMatch(s -> s instanceof String t && !t.isBlank())
					? list.stream().map(t -> controlCharacter((String) t)).filter(java.util.Objects::nonNull).findFirst().orElse(null)
					: "must be a list of non-empty texts";
			case DATE -> value instanceof String s && isDate(s) ? null
					: "must be a real date written 2024, 2024-11 or 2024-11-20 (quoted)";
			case DATETIME -> value instanceof String s && (isDate(s) || isDateTime(s)) ? null
					: "must be a real date, optionally with a time and offset, e.g. 2026-06-15T24:00+08:00";
		};
	}

	/**
	 * What is wrong with a text holding a control character other than a tab or a line break, or null: such a
	 * character is never meant (a paste from a terminal or a PDF) and would break the XML and CSV exports.
	 */
	public static String controlCharacter(String text) {
		int control = text.codePoints().filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t')
			.findFirst().orElse(-1);
		return control < 0 ? null : "contains the control character U+%04X; only printable text, tabs and line breaks".formatted(control);
	}

	static boolean isDate(String s) {
		try {
			if (YEAR.matcher(s).matches()) {
				return true;
			}
			if (MONTH.matcher(s).matches()) {
				YearMonth.parse(s);
				return true;
			}
			LocalDate.parse(s);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean isDateTime(String s) {
		var m = DATE_TIME.matcher(s);
		if (!m.matches() || !isDate(s.substring(0, 10))) {
			return false;
		}
		int hour = Integer.parseInt(m.group(1));
		int minute = Integer.parseInt(m.group(2));
		// "24:00" is how official notices write the end of a day
		return (hour < 24 && minute < 60) || (hour == 24 && minute == 0);
	}
}
