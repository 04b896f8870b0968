package dev.awardgraph.search;

import java.text.Normalizer;
import java.util.Locale;
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

	private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");

	public String key(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return DROPPED.matcher(toSimplified(folded)).replaceAll("");
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
	public java.util.List<String> keys(java.util.Collection<String> names) {
		return names.stream().filter(java.util.Objects::nonNull).map(this::key).filter(k -> !k.isEmpty()).distinct().toList();
	}
}
