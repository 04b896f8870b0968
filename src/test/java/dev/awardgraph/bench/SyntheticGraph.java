package dev.awardgraph.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A synthetic dataset in the {@code data/} format with the seed graph's shape, deterministic from a seed number:
 * organisation hierarchies (PART_OF, three levels), awards with categories and one published list per year,
 * conferrals to projects, organisations and people (listed in order), projects with a lead applicant and an
 * ordered clique of co-applicants drawn from the lead's neighbourhood (so partners recur), events in series with
 * sub-forums where a few hubs draw hundreds of speakers and participants, people holding positions, and Chinese
 * names with short-form aliases and English names. Every node and explicit relationship cites a source.
 *
 * <p>Ids follow a fixed scheme ({@code org/o123}, {@code person/p45}, {@code proj/j6} …) so the benchmark can
 * address entities without reading the dataset. The output is records exactly as {@code DatasetReader} would read
 * them from YAML: the benchmark's bulk path feeds them to the real validator, and {@link #writeYaml} writes them.
 */
public final class SyntheticGraph {

	/** Characters with distinct pinyin: the "digits" names are spelt with, so every name is unique by construction. */
	private static final String[][] SYLLABLES = { { "安", "An" }, { "博", "Bo" }, { "创", "Chuang" }, { "达", "Da" },
			{ "鼎", "Ding" }, { "恩", "En" }, { "飞", "Fei" }, { "光", "Guang" }, { "海", "Hai" }, { "华", "Hua" },
			{ "佳", "Jia" }, { "金", "Jin" }, { "凯", "Kai" }, { "蓝", "Lan" }, { "联", "Lian" }, { "龙", "Long" },
			{ "迈", "Mai" }, { "明", "Ming" }, { "诺", "Nuo" }, { "鹏", "Peng" }, { "启", "Qi" }, { "泉", "Quan" },
			{ "瑞", "Rui" }, { "盛", "Sheng" }, { "腾", "Teng" }, { "天", "Tian" }, { "拓", "Tuo" }, { "维", "Wei" },
			{ "信", "Xin" }, { "星", "Xing" }, { "讯", "Xun" }, { "亚", "Ya" }, { "易", "Yi" }, { "宇", "Yu" },
			{ "云", "Yun" }, { "泽", "Ze" }, { "智", "Zhi" }, { "中", "Zhong" }, { "卓", "Zhuo" }, { "奥", "Ao" },
			{ "百", "Bai" }, { "辰", "Chen" }, { "德", "De" }, { "方", "Fang" }, { "格", "Ge" }, { "汇", "Hui" },
			{ "巨", "Ju" }, { "科", "Ke" }, { "朗", "Lang" }, { "普", "Pu" } };
	private static final String[][] SURNAMES = { { "王", "Wang" }, { "李", "Li" }, { "张", "Zhang" }, { "刘", "Liu" },
			{ "陈", "Chen" }, { "杨", "Yang" }, { "赵", "Zhao" }, { "黄", "Huang" }, { "周", "Zhou" }, { "吴", "Wu" },
			{ "徐", "Xu" }, { "孙", "Sun" }, { "胡", "Hu" }, { "朱", "Zhu" }, { "高", "Gao" }, { "林", "Lin" },
			{ "何", "He" }, { "郭", "Guo" }, { "马", "Ma" }, { "罗", "Luo" } };
	private static final String[][] INDUSTRIES = { { "网络安全", "Cybersecurity" }, { "信息技术", "Information Technology" },
			{ "数据", "Data" }, { "智能", "Intelligence" }, { "通信", "Communications" }, { "软件", "Software" },
			{ "芯片", "Semiconductor" }, { "云计算", "Cloud" } };
	private static final String[] ORG_KINDS = { "COMPANY", "COMPANY", "COMPANY", "COMPANY", "UNIVERSITY",
			"RESEARCH_INSTITUTE", "GOVERNMENT", "ASSOCIATION", "INDUSTRIAL_PARK" };
	private static final String[] CATEGORY_WORDS = { "基础研究", "关键技术", "工程研发", "实践案例", "卓越组织" };
	private static final String[] TITLES = { "董事长", "总经理", "首席技术官", "副总裁", "院长", "主任", "首席科学家", "总工程师" };
	private static final String[] SPEAKER_ROLES = { "致辞", "主旨报告", "演讲", "圆桌对话" };
	private static final int FIRST_YEAR = 2005, LAST_YEAR = 2025;

	private final int size;
	private final SplittableRandom random;
	private final Map<String, File> files = new LinkedHashMap<>();
	private final Set<String> englishKeys = new java.util.HashSet<>();
	private final Counts counts;

	/** How many of each label a graph of {@code nodes} nodes holds; the benchmark derives its ids from these. */
	public record Counts(int sources, int provinces, int cities, int organisations, int people, int awards,
			int categoriesPerAward, int events, int projects, int conferrals) {

		public static Counts of(int nodes) {
			int sources = Math.max(5, nodes / 2_000);
			int cities = Math.max(20, Math.min(2_000, nodes / 200));
			int awards = Math.max(3, nodes / 2_000);
			int lists = awards * (LAST_YEAR - FIRST_YEAR + 1);
			int fixed = sources + 1 + 31 + cities + awards * 5 + lists;
			int rest = Math.max(100, nodes - fixed);
			int organisations = rest * 30 / 100, people = rest * 20 / 100, events = rest * 3 / 100,
					projects = rest * 17 / 100;
			int conferrals = rest - organisations - people - events - projects;
			return new Counts(sources, 31, cities, organisations, people, awards, 4, events, projects, conferrals);
		}

		public int lists() {
			return awards * (LAST_YEAR - FIRST_YEAR + 1);
		}

		public int nodes() {
			return sources + 1 + provinces + cities + organisations + people + awards * (1 + categoriesPerAward) + lists()
					+ events + projects + conferrals;
		}
	}

	/** One YAML file of the dataset: its path under the dataset root and its records. */
	public record File(String path, List<Map<String, Object>> nodes, List<Map<String, Object>> relationships) {
	}

	private SyntheticGraph(int size, long seed) {
		this.size = size;
		this.random = new SplittableRandom(seed);
		this.counts = Counts.of(size);
	}

	public static List<File> generate(int nodes, long seed) {
		SyntheticGraph graph = new SyntheticGraph(nodes, seed);
		graph.build();
		// in path order, as DatasetReader reads a directory
		return graph.files.values().stream().sorted(java.util.Comparator.comparing(File::path)).toList();
	}

	// ids: the benchmark addresses entities through these
	public static String org(int i) {
		return "org/o" + i;
	}

	public static String person(int i) {
		return "person/p" + i;
	}

	public static String project(int i) {
		return "proj/j" + i;
	}

	public static String event(int i) {
		return "event/e" + i;
	}

	public static String award(int i) {
		return "award/a" + i;
	}

	/** The short name (an alias) of organisation {@code i}: what a user types. */
	public static String orgShortName(int i) {
		return spell(i, 3)[0] + INDUSTRIES[i % INDUSTRIES.length][0];
	}

	private void build() {
		for (int i = 0; i < counts.sources; i++) {
			node("sources.yaml", "src/s" + i, "Source", "来源文件" + spell(i, 2)[0] + "号", List.of(), null,
					Map.of("kind", i % 2 == 0 ? "NEWS_ARTICLE" : "OFFICIAL_LETTER", "title", "来源文件第" + i + "号",
							"date", (FIRST_YEAR + i % 21) + "-0" + (1 + i % 9) + "-1" + (i % 9)), false);
		}
		places();
		organisations();
		people();
		awards();
		events();
		projects();
		conferrals();
	}

	private void places() {
		node("entities/places.yaml", "place/china", "Place", "中华人民共和国", List.of("中国"), "China", Map.of("kind", "COUNTRY"));
		for (int p = 0; p < counts.provinces; p++) {
			String[] n = spell(p, 2);
			node("entities/places.yaml", "place/province-" + p, "Place", n[0] + "省", List.of(), n[1] + " Province",
					Map.of("kind", "PROVINCE", "partOf", "place/china"));
		}
		for (int c = 0; c < counts.cities; c++) {
			String[] n = spell(c + 100, 2);
			node("entities/places.yaml", "place/city-" + c, "Place", n[0] + "市", List.of(n[0]), n[1] + " City",
					Map.of("kind", "CITY", "partOf", "place/province-" + c % counts.provinces));
		}
	}

	/** A fifth are roots (groups, universities, ministries); the rest hang below an earlier one, at most 3 deep. */
	private void organisations() {
		int[] depth = new int[counts.organisations];
		for (int i = 0; i < counts.organisations; i++) {
			String[] core = spell(i, 3);
			String[] industry = INDUSTRIES[i % INDUSTRIES.length];
			String kind = ORG_KINDS[random.nextInt(ORG_KINDS.length)];
			int city = skewed(counts.cities, 2);
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("kind", kind);
			props.put("locatedIn", "place/city-" + city);
			String cityName = spell(city + 100, 2)[0];
			if (i >= counts.organisations / 5) {
				int parent = random.nextInt(i);
				if (depth[parent] < 2) {
					props.put("parent", org(parent));
					depth[i] = depth[parent] + 1;
				}
			}
			if (kind.equals("COMPANY") && random.nextInt(4) == 0) {
				props.put("founded", String.valueOf(1990 + random.nextInt(34)));
			}
			String suffix = switch (kind) {
				case "UNIVERSITY" -> "大学";
				case "RESEARCH_INSTITUTE" -> "研究院";
				case "GOVERNMENT" -> "管理局";
				case "ASSOCIATION" -> "协会";
				case "INDUSTRIAL_PARK" -> "产业园";
				default -> "有限公司";
			};
			node("entities/organisations.yaml", org(i), "Organisation", cityName + core[0] + industry[0] + suffix,
					List.of(orgShortName(i)), english(core[1] + " " + industry[1] + " " + englishSuffix(kind)), props);
		}
	}

	private void people() {
		List<Map<String, Object>> rels = file("facts/positions.yaml").relationships;
		for (int i = 0; i < counts.people; i++) {
			String[] surname = SURNAMES[i % SURNAMES.length];
			String[] given = spell(i / SURNAMES.length, 2);
			node("entities/people.yaml", person(i), "Person", surname[0] + given[0], List.of(),
					english(surname[1] + " " + given[1]), Map.of());
			int positions = 1 + (random.nextInt(3) == 0 ? 1 : 0);
			int firstOrg = skewed(counts.organisations, 2);
			for (int k = 0; k < positions; k++) {
				Map<String, Object> rel = relationship(person(i), "HOLDS_POSITION", org((firstOrg + k * 7) % counts.organisations));
				rel.put("title", TITLES[(i + k) % TITLES.length]);
				rel.put("current", k == 0);
				rel.put("asOf", String.valueOf(FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1)));
				rels.add(rel);
			}
		}
	}

	private void awards() {
		for (int a = 0; a < counts.awards; a++) {
			String[] n = spell(a, 2);
			String awardName = n[0] + "网络空间" + (a % 2 == 0 ? "杰出贡献奖" : "领先科技奖");
			node("entities/awards.yaml", award(a), "Award", awardName, List.of(n[0] + "奖"),
					english(n[1] + (a % 2 == 0 ? " Outstanding Contribution Award" : " Leading Technology Award")),
					Map.of("kind", "AWARD", "conferredBy", org(a % Math.max(1, counts.organisations / 5))));
			for (int c = 0; c < counts.categoriesPerAward; c++) {
				node("entities/awards.yaml", "cat/a" + a + "-c" + c, "AwardCategory", awardName + "·" + CATEGORY_WORDS[c],
						List.of(), null, Map.of("award", award(a)));
			}
			for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
				node("entities/awards.yaml", "list/a" + a + "-" + y, "AwardList", y + "年" + awardName + "获奖名单", List.of(),
						null, Map.of("year", y, "award", award(a)));
			}
		}
	}

	/** Each series holds a summit a year with sub-forums; speakers and participants pick events with a skew. */
	private void events() {
		List<Map<String, Object>> rels = file("facts/events.yaml").relationships;
		for (int e = 0; e < counts.events; e++) {
			String[] n = spell(e, 3);
			int year = FIRST_YEAR + e % (LAST_YEAR - FIRST_YEAR + 1);
			boolean subForum = e >= 50 && random.nextInt(3) > 0;
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("kind", subForum ? "SUB_FORUM" : "SUMMIT");
			props.put("startDate", year + "-" + String.format("%02d", 1 + e % 12) + "-" + String.format("%02d", 1 + e % 28));
			props.put("heldIn", "place/city-" + skewed(counts.cities, 2));
			if (subForum) {
				props.put("partOf", event(random.nextInt(50)));
			}
			node("entities/events.yaml", event(e), "Event", year + "年" + n[0] + (subForum ? "分论坛" : "峰会"), List.of(),
					english(year + " " + n[1] + (subForum ? " Forum" : " Summit")), props);
		}
		for (int i = 0; i < counts.people; i++) {
			int talks = random.nextInt(3);
			Set<Integer> seen = new java.util.HashSet<>();
			for (int k = 0; k < talks; k++) {
				int e = skewed(counts.events, 3);
				if (seen.add(e)) {
					Map<String, Object> rel = relationship(person(i), "SPOKE_AT", event(e));
					rel.put("role", SPEAKER_ROLES[random.nextInt(SPEAKER_ROLES.length)]);
					rels.add(rel);
				}
			}
		}
		for (int o = 0; o < counts.organisations; o++) {
			if (random.nextInt(2) == 0) {
				Map<String, Object> rel = relationship(org(o), "PARTICIPATED_IN", event(skewed(counts.events, 3)));
				rel.put("role", "参展");
				rels.add(rel);
			}
			if (o < counts.events) {
				rels.add(relationship(org(skewed(counts.organisations, 3)), "HOSTED", event(o)));
			}
		}
	}

	/** Co-applicants come from the lead's neighbourhood of ids, so the same partners apply together again. */
	private void projects() {
		for (int j = 0; j < counts.projects; j++) {
			int lead = skewed(counts.organisations, 2);
			LinkedHashSet<String> partners = new LinkedHashSet<>();
			int wanted = random.nextInt(5);
			for (int k = 0; k < wanted * 2 && partners.size() < wanted; k++) {
				int other = Math.floorMod(lead + random.nextInt(41) - 20, counts.organisations);
				if (other != lead) {
					partners.add(org(other));
				}
			}
			String[] n = spell(j, 4);
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("kind", j % 3 == 0 ? "PRACTICE_CASE" : "ACHIEVEMENT");
			props.put("lead", org(lead));
			if (!partners.isEmpty()) {
				props.put("coApplicants", List.copyOf(partners));
			}
			node("entities/projects.yaml", project(j), "Project", n[0] + INDUSTRIES[j % INDUSTRIES.length][0] + "关键技术及应用",
					List.of(), english(n[1] + " " + INDUSTRIES[j % INDUSTRIES.length][1] + " Key Technologies"), props);
		}
	}

	/** Most honour projects; the rest go to organisations (a few win often) and people, listed in order. */
	private void conferrals() {
		Map<String, Integer> listSizes = new java.util.HashMap<>();
		Set<String> given = new java.util.HashSet<>();
		for (int c = 0; c < counts.conferrals; c++) {
			int a = skewed(counts.awards, 2);
			int year = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
			int pick = random.nextInt(10);
			String recipient = pick < 6 ? project(random.nextInt(counts.projects))
					: pick < 9 ? org(skewed(counts.organisations, 3)) : person(random.nextInt(counts.people));
			if (!given.add(a + "|" + year + "|" + recipient)) {
				recipient = project(c % counts.projects);
				if (!given.add(a + "|" + year + "|" + recipient)) {
					recipient = null; // an honour without a recipient stated: rare, as in the seeds
				}
			}
			String list = "list/a" + a + "-" + year;
			Map<String, Object> props = new LinkedHashMap<>();
			props.put("year", year);
			props.put("award", award(a));
			props.put("category", "cat/a" + a + "-c" + random.nextInt(counts.categoriesPerAward));
			if (recipient != null) {
				props.put("recipient", recipient);
			}
			props.put("list", list);
			props.put("order", listSizes.merge(list, 1, Integer::sum));
			node("facts/conferrals.yaml", "conf/c" + c, "Conferral", null, List.of(), null, props);
		}
	}

	private void node(String path, String id, String label, String name, List<String> aliases, String nameEn,
			Map<String, Object> props) {
		node(path, id, label, name, aliases, nameEn, props, true);
	}

	private void node(String path, String id, String label, String name, List<String> aliases, String nameEn,
			Map<String, Object> props, boolean cited) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", id);
		record.put("label", label);
		if (name != null) {
			record.put("name", name);
		}
		if (!aliases.isEmpty()) {
			record.put("aliases", aliases);
		}
		if (nameEn != null) {
			record.put("nameEn", nameEn);
		}
		record.putAll(props);
		if (cited) {
			record.put("sources", sources());
		}
		file(path).nodes.add(record);
	}

	private Map<String, Object> relationship(String from, String type, String to) {
		Map<String, Object> rel = new LinkedHashMap<>();
		rel.put("from", from);
		rel.put("type", type);
		rel.put("to", to);
		rel.put("sources", sources());
		return rel;
	}

	private List<String> sources() {
		int first = random.nextInt(counts.sources);
		return random.nextInt(4) == 0 ? List.of("src/s" + first, "src/s" + (first + 1) % counts.sources)
				: List.of("src/s" + first);
	}

	/** An English name, or none where it would fold to one already used (two pinyin spellings can meet). */
	private String english(String name) {
		return englishKeys.add(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "")) ? name : null;
	}

	private static String englishSuffix(String kind) {
		return switch (kind) {
			case "UNIVERSITY" -> "University";
			case "RESEARCH_INSTITUTE" -> "Research Institute";
			case "GOVERNMENT" -> "Administration";
			case "ASSOCIATION" -> "Association";
			case "INDUSTRIAL_PARK" -> "Industrial Park";
			default -> "Co., Ltd.";
		};
	}

	/** A number spelt in {@link #SYLLABLES} with at least {@code digits} characters: {Chinese, pinyin}. */
	static String[] spell(int n, int digits) {
		StringBuilder zh = new StringBuilder();
		StringBuilder en = new StringBuilder();
		int rest = n;
		for (int d = 0; d < digits || rest > 0; d++) {
			String[] s = SYLLABLES[rest % SYLLABLES.length];
			zh.insert(0, s[0]);
			en.insert(0, d == 0 ? s[1].toLowerCase(java.util.Locale.ROOT) : s[1].toLowerCase(java.util.Locale.ROOT));
			rest /= SYLLABLES.length;
		}
		String pinyin = en.toString();
		return new String[] { zh.toString(), Character.toUpperCase(pinyin.charAt(0)) + pinyin.substring(1) };
	}

	/** 0..n-1, low values far likelier (power {@code p}): hubs emerge, as in the real graph. */
	private int skewed(int n, int p) {
		return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), p)));
	}

	private File file(String path) {
		return files.computeIfAbsent(path, p -> new File(p, new ArrayList<>(), new ArrayList<>()));
	}

	int size() {
		return size;
	}

	/** Writes the dataset as YAML under {@code root} (data/ layout) and returns its SHA-256. */
	public static String writeYaml(List<File> files, Path root) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (File file : files) {
				Path target = root.resolve(file.path());
				Files.createDirectories(target.getParent());
				try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha)) {
					dump(file, out);
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The SHA-256 of the YAML text, without writing it anywhere. */
	public static String hash(List<File> files) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (File file : files) {
				sha.update(file.path().getBytes(StandardCharsets.UTF_8));
				try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
					dump(file, out);
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void dump(File file, OutputStream out) throws IOException {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(200);
		Map<String, Object> document = new LinkedHashMap<>();
		if (!file.nodes().isEmpty()) {
			document.put("nodes", file.nodes());
		}
		if (!file.relationships().isEmpty()) {
			document.put("relationships", file.relationships());
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		new Yaml(options).dump(document, writer);
		writer.flush();
	}
}
