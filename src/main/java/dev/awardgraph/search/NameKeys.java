package dev.awardgraph.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

import org.springframework.stereotype.Component;

/**
 * The one normalisation of names used both when the dataset is loaded and when a user searches, so that what
 * a user types meets what was stored: full-width → half-width (NFKC), case folded, traditional → simplified
 * Chinese (鄔賀銓 → 邬贺铨), spaces and bracket/separator punctuation dropped ("超威半导体公司（AMD）" and
 * "超威半导体公司 (AMD)" give one key).
 */
@Component
public class NameKeys {

	/** Spaces and bracket/separator punctuation; compiled once, as every search and every loaded name uses it. */
	private static final Pattern DROPPED = Pattern
		.compile("[\\s\\p{Ps}\\p{Pe}\\p{Pi}\\p{Pf}\"'“”‘’「」『』《》〈〉·・,，、.。:：;；!！?？\\-_/]+");

	/** Lucene's query syntax characters, escaped in texts and keys sent to the full-text indexes. */
	private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

	private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

	/**
	 * A text escaped for Lucene's query parser: a key so escaped is one term of the {@code entity_keys} index
	 * (its keyword analyzer keeps each key whole).
	 */
	public static String escape(String text) {
		return LUCENE_SPECIAL.matcher(text).replaceAll("\\\\$1");
	}

	public String key(String name) {
		return DROPPED.matcher(folded(name)).replaceAll("");
	}

	/**
	 * The parts of a search text that a partial match is counted in: each pair of neighbouring Han characters (a
	 * lone one on its own) and each run of other letters or digits, folded as keys are. These are the pieces the
	 * cjk index splits text into, so a name whose keys contain more of them shares more of what was typed
	 * (中国电子科技集团五十四所: the 54th institute shares 9 of 11, its group 7).
	 */
	public List<String> grams(String text) {
		Set<String> grams = new LinkedHashSet<>();
		for (String chunk : DROPPED.split(folded(text))) {
			int[] points = chunk.codePoints().toArray();
			int start = 0;
			for (int i = 1; i <= points.length; i++) {
				if (i == points.length || isHan(points[i]) != isHan(points[start])) {
					addRun(points, start, i, grams);
					start = i;
				}
			}
		}
		return List.copyOf(grams);
	}

	private static void addRun(int[] points, int from, int to, Set<String> grams) {
		if (from == to) {
			return;
		}
		if (!isHan(points[from]) || to - from == 1) {
			grams.add(new String(points, from, to - from));
			return;
		}
		for (int i = from; i + 1 < to; i++) {
			grams.add(new String(points, i, 2));
		}
	}

	private String folded(String text) {
		return toSimplified(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
	}

	/** Simplified form with spaces kept, for full-text queries. */
	public String simplify(String text) {
		return toSimplified(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	/**
	 * The transliterator changes Han characters only ({@code NameKeysTest} checks every code point), and costs
	 * 7–37 µs for a Latin name of 7–19 letters (two runs of bench/probes/Transliteration.java, ICU 79), so text
	 * without them (English searches) skips it.
	 */
	String toSimplified(String text) {
		if (text.codePoints().noneMatch(NameKeys::isHan)) {
			return text;
		}
		synchronized (toSimplified) { // ICU transliterators are not thread-safe
			return toSimplified.transliterate(text);
		}
	}

	static boolean isHan(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	/** The distinct keys of a name, its aliases and English name: what exact lookup and duplicate checks compare. */
	public List<String> keys(java.util.Collection<String> names) {
		return names.stream().filter(java.util.Objects::nonNull).map(this::key).filter(k -> !k.isEmpty()).distinct().toList();
	}
}
