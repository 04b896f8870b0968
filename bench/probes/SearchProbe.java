import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.bench.QueryMix;
import dev.awardgraph.bench.SyntheticGraph;
import dev.awardgraph.search.NameKeys;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Search statements side by side over Bolt, with the benchmark's 40 search texts of a graph size
 * ({@code QueryMix.searchParameters}): db hits (PROFILE), then PASSES rounds (30; the first third warm-up) in
 * which each text is sent with each statement in turn, auto-commit; prints latency per statement and for how many
 * texts its answer equals the first statement's (with SHOW_DIFFERENCES set, the texts whose answers differ and both).
 * Usage: [TEXTS="…"] PASSES=60 java -cp "$CP" bench/probes/SearchProbe.java BOLT_PORT NODES STATEMENT.cypher…
 * With QUESTION=entity, entity statements instead ({@code bench/probes/entity/}), with the benchmark's 40
 * organisations (or those in IDS, comma-separated) and the parameters the service sends for its entity page
 * ({@code $keys}: the seven properties the benchmark's entity page can read, or those in KEYS).
 */
public class SearchProbe {

	public static void main(String[] args) throws Exception {
		Map<String, String> statements = new LinkedHashMap<>();
		for (int i = 2; i < args.length; i++) {
			statements.put(args[i], Files.readString(Path.of(args[i])));
		}
		List<Map<String, Object>> params = params(Integer.parseInt(args[1]));
		int passes = Integer.parseInt(System.getenv().getOrDefault("PASSES", "30"));
		int warm = passes / 3;
		try (Driver driver = GraphDatabase.driver("bolt://localhost:" + args[0], AuthTokens.none())) {
			Map<String, List<String>> answers = new LinkedHashMap<>();
			Map<String, Long> hits = new LinkedHashMap<>();
			Map<String, double[]> times = new LinkedHashMap<>();
			for (var s : statements.entrySet()) {
				List<String> all = new ArrayList<>();
				long total = 0;
				for (var p : params) {
					try (Session session = driver.session()) {
						var result = session.run("PROFILE " + s.getValue(), p);
						all.add(result.list(r -> r.get(0).toString()).toString());
						total += hits(result.consume().profile());
					}
				}
				answers.put(s.getKey(), all);
				hits.put(s.getKey(), total);
				times.put(s.getKey(), new double[(passes - warm) * params.size()]);
			}
			for (int pass = 0; pass < passes; pass++) {
				for (int k = 0; k < params.size(); k++) {
					for (var s : statements.entrySet()) {
						long started = System.nanoTime();
						try (Session session = driver.session()) {
							session.run(s.getValue(), params.get(k)).list();
						}
						if (pass >= warm) {
							times.get(s.getKey())[(pass - warm) * params.size() + k] = (System.nanoTime() - started) / 1e6;
						}
					}
				}
			}
			List<String> first = answers.values().iterator().next();
			for (String name : statements.keySet()) {
				double[] t = times.get(name);
				Arrays.sort(t);
				List<Integer> differ = new ArrayList<>();
				for (int k = 0; k < params.size(); k++) {
					if (!answers.get(name).get(k).equals(first.get(k))) {
						differ.add(k);
					}
				}
				System.out.printf("%s: db hits %d over %d texts; median %.3f ms, mean %.3f, p90 %.3f; answers as the first's for %d%n",
						name, hits.get(name), params.size(), t[t.length / 2], Arrays.stream(t).average().orElse(0),
						t[t.length * 9 / 10], params.size() - differ.size());
				if (System.getenv("SHOW_DIFFERENCES") != null) {
					for (int k : differ) {
						System.out.printf("  %s%n    first: %s%n    this:  %s%n", params.get(k).get("t"), first.get(k),
								answers.get(name).get(k));
					}
				}
			}
		}
	}

	/**
	 * QueryMix's search parameters for a graph of {@code nodes} (or for the texts in TEXTS, one per line), plus those
	 * only the service's statement takes.
	 */
	private static List<Map<String, Object>> params(int nodes) {
		if ("entity".equals(System.getenv("QUESTION"))) {
			return entityParams(nodes);
		}
		String texts = System.getenv("TEXTS");
		List<Map<String, Object>> params = new ArrayList<>();
		for (Map<String, Object> bench : texts == null ? QueryMix.searchParameters(SyntheticGraph.Counts.of(nodes))
				: texts.lines().map(t -> QueryMix.searchParameters(t, new NameKeys())).toList()) {
			Map<String, Object> p = new HashMap<>(bench);
			p.put("label", null);
			p.put("offset", 0);
			p.put("keys", List.of("id", "name", "nameEn"));
			params.add(p);
		}
		return params;
	}

	/**
	 * The benchmark's entity ids, with what the service's statement takes for its page (EdgePrefetch's groups: parent,
	 * units, people and leadApplicantOf of an Organisation, coApplicants of a Project under the last).
	 */
	private static List<Map<String, Object>> entityParams(int nodes) {
		Map<String, Object> coApplicants = group(0, "CO_APPLICANT", "OUTGOING", "Project", List.of());
		List<Map<String, Object>> prefetch = List.of(group(0, "PART_OF", "OUTGOING", "Organisation", List.of()),
				group(1, "PART_OF", "INCOMING", "Organisation", List.of()),
				group(2, "HOLDS_POSITION", "INCOMING", "Organisation", List.of()),
				group(3, "LEAD_APPLICANT", "INCOMING", "Organisation", List.of(coApplicants)));
		List<Map<String, Object>> params = new ArrayList<>();
		String ids = System.getenv("IDS");
		for (Map<String, Object> bench : ids == null ? QueryMix.entityParameters(SyntheticGraph.Counts.of(nodes))
				: Arrays.stream(ids.split(",")).map(id -> Map.<String, Object>of("id", id)).toList()) {
			Map<String, Object> p = new HashMap<>(bench);
			p.put("ids", List.of(bench.get("id")));
			p.put("prefetch", prefetch);
			p.put("sources", true);
			p.put("keys", List.of(System.getenv().getOrDefault("KEYS", "aliases,id,kind,name,nameEn,sources,title").split(",")));
			params.add(p);
		}
		return params;
	}

	private static Map<String, Object> group(int group, String type, String direction, String label,
			List<Map<String, Object>> next) {
		return Map.of("group", group, "types", List.of(type), "direction", direction, "labels", List.of(label), "next",
				next);
	}

	private static long hits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(SearchProbe::hits).sum();
	}
}
