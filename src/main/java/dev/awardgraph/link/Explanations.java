package dev.awardgraph.link;

import java.util.HashMap;
import java.util.Map;

import dev.awardgraph.entity.Node;

/**
 * One sentence per relationship type, in Chinese and English, reading the relationship in its stored direction
 * ({@code s} is the start node, {@code t} the end node). Names are the entities' canonical names in both
 * languages: many have no English name, and a journalist must be able to find the entity again. A type
 * without a template (a new one in the model) still reads, as "s —TYPE→ t".
 */
final class Explanations {

	/** Writes the sentence for a start name, end name and the relationship's properties. */
	@FunctionalInterface
	interface Template {
		Explanation write(String s, String t, Props p);
	}

	/** Property access that renders absent values as nothing, so that templates can append optional parts. */
	record Props(Map<String, Object> map) {

		String get(String key) {
			Object value = map.get(key);
			return value == null ? "" : String.valueOf(value);
		}

		boolean has(String key) {
			return map.get(key) != null;
		}

		/** {@code format} with {@code %s} replaced by the value, or nothing when the property is absent. */
		String opt(String key, String format) {
			return has(key) ? format.formatted(get(key)) : "";
		}
	}

	private static final Map<String, Template> TEMPLATES = new HashMap<>();

	static {
		// structure and place
		put("PART_OF", (s, t, p) -> switch (p.get("relation")) {
			case "SUBSIDIARY" -> x(s + " 是 " + t + " 的子公司", s + " is a subsidiary of " + t);
			case "UNIT" -> x(s + " 是 " + t + " 的下属单位", s + " is a unit of " + t);
			case "AFFILIATED" -> x(s + " 隶属于 " + t, s + " is affiliated with " + t);
			case "MEMBER" -> x(s + " 是 " + t + " 的成员", s + " is a member of " + t);
			default -> x(s + " 是 " + t + " 的一部分", s + " is part of " + t);
		});
		put("LOCATED_IN", (s, t, p) -> x(s + " 位于 " + t, s + " is located in " + t));
		put("HELD_IN", (s, t, p) -> x(s + " 在 " + t + " 举办", s + " was held in " + t));
		put("HAS_PRESENCE_IN", (s, t, p) -> x(s + " 在 " + t + " 设有" + (p.has("what") ? p.get("what") : "机构"),
				s + " has a presence in " + t + p.opt("what", " (%s)")));
		// people
		put("HOLDS_POSITION", (s, t, p) -> {
			boolean former = Boolean.FALSE.equals(p.map().get("current"));
			if (!p.has("title")) {
				return x(s + (former ? " 曾任职于 " : " 任职于 ") + t,
						s + (former ? " formerly held a position at " : " holds a position at ") + t);
			}
			return x(s + (former ? " 曾任 " : " 任 ") + t + " " + p.get("title"),
					s + (former ? " formerly held the position " : " holds the position ") + p.get("title") + " at " + t);
		});
		put("SPOKE_AT", (s, t, p) -> x(s + " 在 " + t + " 上 " + (p.has("role") ? p.get("role") : "发言")
				+ p.opt("topic", "，题为「%s」"), s + " spoke at " + t + p.opt("role", " (%s)") + p.opt("topic", ": “%s”")));
		put("ATTENDED", (s, t, p) -> x(s + " 出席 " + t + p.opt("role", "（%s）"),
				s + " attended " + t + p.opt("role", " (as %s)")));
		// events
		put("HOSTED", (s, t, p) -> x(s + " 主办 " + t, s + " hosted " + t));
		put("ORGANISED", (s, t, p) -> x(s + " 承办 " + t, s + " organised " + t));
		put("GUIDED", (s, t, p) -> x(s + " 是 " + t + " 的指导单位", s + " is a guiding body (指导单位) of " + t));
		put("PARTICIPATED_IN", (s, t, p) -> x(s + " 参加 " + t + p.opt("role", "（%s）"),
				s + " took part in " + t + p.opt("role", " (as %s)")));
		put("SERVED", (s, t, p) -> x(s + " 服务于 " + t + p.opt("role", "（%s）"),
				s + " served " + t + p.opt("role", " as %s")));
		// organisations
		put("INVESTED_IN", (s, t, p) -> x(s + " 投资 " + t + p.opt("kind", "（%s）") + p.opt("date", "（%s）"),
				s + " invested in " + t + p.opt("kind", " (%s)") + p.opt("date", " (%s)")));
		put("ENTERED_PARK", (s, t, p) -> x(s + " 入驻 " + t + p.opt("date", "（%s）"),
				s + " entered the park " + t + p.opt("date", " (%s)")));
		put("APPROVED", (s, t, p) -> x(s + " 批准 " + t + p.opt("date", "（%s）"), s + " approved " + t + p.opt("date", " (%s)")));
		put("CONTRACTED", (s, t, p) -> x(s + " 承接 " + t + p.opt("value", "（%s）"),
				s + " was contracted for " + t + p.opt("value", " (%s)")));
		put("COLLABORATES_WITH", (s, t, p) -> x(s + " 与 " + t + " 合作", s + " collaborates with " + t));
		put("RANKED_IN", (s, t, p) -> x(s + " 入选 " + t + p.opt("rank", "（第%s名）"),
				s + " is ranked in " + t + p.opt("rank", " (rank %s)")));
		put("PARTY_TO", (s, t, p) -> x(s + " 是 " + t + " 的签约方", s + " is a party to " + t));
		put("SIGNED_AT", (s, t, p) -> x(s + " 在 " + t + " 上签署", s + " was signed at " + t));
		// documents
		put("ISSUED_BY", (s, t, p) -> x(s + " 由 " + t + " 发布", s + " was issued by " + t));
		put("PUBLISHED_BY", (s, t, p) -> x(s + " 由 " + t + " 发布", s + " was published by " + t));
		put("ABOUT", (s, t, p) -> x(s + " 涉及 " + t, s + " is about " + t));
		// awards
		put("CONFERRED_BY", (s, t, p) -> x(s + " 由 " + t + " 设立颁发", s + " is conferred by " + t));
		put("CATEGORY_OF", (s, t, p) -> x(s + " 是 " + t + " 的类别", s + " is a category of " + t));
		put("LIST_OF", (s, t, p) -> x(s + " 是 " + t + " 的名单", s + " is a list of " + t));
		put("CALL_FOR", (s, t, p) -> x(s + " 是 " + t + " 的征集通知", s + " is a call for applications to " + t));
		put("INVITES", (s, t, p) -> x(s + " 征集 " + t + " 类别" + p.opt("order", "（第%s类）"),
				s + " invites applications in the category " + t));
		put("OF_AWARD", (s, t, p) -> x(s + " 是 " + t + " 的一次授予", s + " is a conferral of " + t));
		put("IN_CATEGORY", (s, t, p) -> x(s + " 属于 " + t + " 类别", s + " is in the category " + t));
		put("RECIPIENT", (s, t, p) -> x(t + " 获得 " + s, t + " is the recipient of " + s));
		put("PRESENTED_AT", (s, t, p) -> x(s + " 在 " + t + " 上颁发", s + " was presented at " + t));
		put("PRESENTED_BY", (s, t, p) -> x(s + " 由 " + t + " 颁发", s + " was presented by " + t));
		put("LISTED_IN", (s, t, p) -> x(s + " 列入 " + t + p.opt("order", "（第%s位）"),
				p.has("order") ? s + " is entry " + p.get("order") + " of " + t : s + " is listed in " + t));
		// projects
		put("LEAD_APPLICANT", (s, t, p) -> x(t + " 是 " + s + " 的申报主体", t + " is the lead applicant of " + s));
		put("CO_APPLICANT", (s, t, p) -> x(t + " 是 " + s + " 的联合申报机构" + p.opt("order", "（第%s位）"),
				t + " is " + (p.has("order") ? "co-applicant " + p.get("order") : "a co-applicant") + " of " + s));
	}

	private Explanations() {
	}

	static Explanation explain(String type, Node start, Node end, Map<String, Object> properties) {
		String s = name(start);
		String t = name(end);
		Template template = TEMPLATES.get(type);
		return template != null ? template.write(s, t, new Props(properties))
				: x(s + " —" + type + "→ " + t, s + " —" + type + "→ " + t);
	}

	static boolean hasTemplate(String type) {
		return TEMPLATES.containsKey(type);
	}

	private static String name(Node node) {
		Object name = node.get("name");
		return name != null ? String.valueOf(name) : node.id();
	}

	private static void put(String type, Template template) {
		TEMPLATES.put(type, template);
	}

	private static Explanation x(String zh, String en) {
		return new Explanation(zh, en);
	}
}
