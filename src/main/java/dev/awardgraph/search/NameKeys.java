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
		String simplified;
		synchronized (toSimplified) { // ICU transliterators are not thread-safe
			simplified = toSimplified.transliterate(folded);
		}
		return DROPPED.matcher(simplified).replaceAll("");
	}

	/** Simplified form with spaces kept, for full-text queries. */
	public String simplify(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		synchronized (toSimplified) {
			return toSimplified.transliterate(folded);
		}
	}

	/** The distinct keys of a name, its aliases and English name: what exact lookup and duplicate checks compare. */
	public java.util.List<String> keys(java.util.Collection<String> names) {
		return names.stream().filter(java.util.Objects::nonNull).map(this::key).filter(k -> !k.isEmpty()).distinct().toList();
	}
}
