package dev.awardgraph.search;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation's parts that do not need a graph. */
class NameKeysTest {

	private final NameKeys keys = new NameKeys();

	/** Why {@link NameKeys#toSimplified} may skip text without Han characters; to re-check when ICU is upgraded. */
	@Test
	void theTransliteratorChangesNoCodePointOutsideHan() {
		Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");
		List<String> changed = new ArrayList<>();
		int han = 0;
		for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
			if (!Character.isDefined(c) || Character.getType(c) == Character.SURROGATE) {
				continue;
			}
			String text = Character.toString(c);
			if (!transliterator.transliterate(text).equals(text)) {
				if (NameKeys.isHan(c)) {
					han++;
				}
				else {
					changed.add("U+%04X".formatted(c));
				}
			}
		}
		assertThat(changed).isEmpty();
		assertThat(han).as("Han characters it simplifies").isGreaterThan(2000);
	}

	@Test
	void keysFoldWidthCaseScriptAndPunctuation() {
		assertThat(keys.key("鄔賀銓")).isEqualTo("邬贺铨");
		assertThat(keys.key("超威半导体公司（AMD）")).isEqualTo(keys.key("超威半导体公司 (amd)")).isEqualTo("超威半导体公司amd");
		assertThat(keys.key("ＧｉｔＨｕｂ Copilot")).isEqualTo("githubcopilot");
		assertThat(keys.simplify("GitHub 騰訊")).isEqualTo("GitHub 腾讯");
	}

	@Test
	void gramsArePairsOfHanCharactersAndRunsOfOtherLettersFoldedAsKeys() {
		assertThat(keys.grams("中国电子科技集团五十四所")).containsExactly("中国", "国电", "电子", "子科", "科技", "技集", "集团",
				"团五", "五十", "十四", "四所");
		assertThat(keys.grams("2025 領先科技")).isEqualTo(keys.grams("2025领先科技"))
			.containsExactly("2025", "领先", "先科", "科技");
		assertThat(keys.grams("ＧｉｔＨｕｂ Copilot编程")).containsExactly("github", "copilot", "编程");
		assertThat(keys.grams("华为（中国）")).containsExactly("华为", "中国");
		assertThat(keys.grams("中")).containsExactly("中");
		assertThat(keys.grams("学院学院")).containsExactly("学院", "院学");
		assertThat(keys.grams("（）")).isEmpty();
	}
}
