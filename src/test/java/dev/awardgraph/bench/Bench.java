package dev.awardgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.ObjectMapper;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * The load driver: for every question of the {@link QueryMix} and every concurrency level, drives awardgraph
 * over HTTP, then the same question as hand-written Cypher over Bolt (the same embedded Neo4j the service
 * uses), and, when a peer URL is given, the same question sent to the peer (@neo4j/graphql over the same Neo4j,
 * {@code bench/peer/}), for a fixed time each, back to back so all see the same machine load, and prints
 * p50/p95/p99 latency, throughput and the ratios.
 *
 * <p>Usage: {@code Bench <graphql-url> <bolt-uri> <nodes> <seconds-per-cell> <warmup-seconds> <levels> <out-file>
 * [<peer-graphql-url>]}.
 */
public final class Bench {

	private static final ObjectMapper JSON = new ObjectMapper();

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		URI graphql = URI.create(args[0]);
		String bolt = args[1];
		int size = Integer.parseInt(args[2]);
		Duration cell = Duration.ofSeconds(Long.parseLong(args[3]));
		Duration warmup = Duration.ofSeconds(Long.parseLong(args[4]));
		int[] levels = Arrays.stream(args[5].split(",")).mapToInt(Integer::parseInt).toArray();
		Path out = Path.of(args[6]);
		URI peer = args.length > 7 && !args[7].isBlank() ? URI.create(args[7]) : null;

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			List<QueryMix.Query> mix = QueryMix.build(driver, size);
			String only = System.getenv("BENCH_QUERIES"); // e.g. "entity,paths": profile a few questions
			if (only != null && !only.isBlank()) {
				List<String> names = List.of(only.split(","));
				mix = mix.stream().filter(q -> names.contains(q.name())).toList();
			}
			List<Target> targets = new ArrayList<>(List.of(
					new Target("awardgraph", q -> p -> ok(graphql(http, graphql, q.graphql(), p))),
					new Target("raw-cypher", q -> p -> cypher(driver, q, p))));
			if (peer != null) {
				targets.add(new Target("peer", q -> p -> ok(graphql(http, peer, q.peer(), p))));
			}
			URI metric = graphql.resolve("/actuator/metrics/awardgraph.cypher.statements");
			for (QueryMix.Query query : mix) {
				double before = metric(http, metric);
				checkAnswers(targets.get(0), query);
				double per = (metric(http, metric) - before) / query.params().size();
				System.out.printf("%s: %d parameter sets answer; %.1f Cypher statements per request%n", query.name(),
						query.params().size(), per);
				if (peer != null) {
					checkAnswers(targets.get(2), query);
					comparePeer(http, graphql, peer, query);
				}
			}
			System.out.printf("warming up %d s per question and target%n", warmup.toSeconds());
			for (QueryMix.Query query : mix) {
				for (Target target : targets) {
					run(target, query, 4, warmup);
				}
			}
			String jit = settleJit(http, graphql.resolve("/actuator/metrics/jvm.compilation.time"), targets.get(0), mix, warmup);
			List<String> lines = new ArrayList<>(List.of("- " + jit, ""));
			String servicePid = System.getenv("BENCH_SERVICE_PID");
			if (servicePid != null) {
				String peerPid = System.getenv("BENCH_PEER_PID");
				lines.addAll(new CpuCost(Long.parseLong(servicePid), peer == null ? 0 : Long.parseLong(peerPid),
						Integer.parseInt(System.getenv().getOrDefault("BENCH_CPU_REQUESTS", "1000")),
						Long.parseLong(System.getenv().getOrDefault("BENCH_CLK_TCK", "100"))).table(mix, targets));
				lines.add("");
			}
			if (peer == null) {
				lines.add("| query | clients | awardgraph p50 / p95 / p99 ms | awardgraph req/s | raw Cypher p50 / p95 / p99 ms | raw req/s | p50 ratio | throughput ratio |");
				lines.add("|---|---:|---:|---:|---:|---:|---:|---:|");
			}
			else {
				lines.add("| query | clients | awardgraph p50 / p95 / p99 ms | awardgraph req/s | raw Cypher p50 / p95 / p99 ms | raw req/s | peer p50 / p95 / p99 ms | peer req/s | p50 ratio raw | throughput ratio raw | p50 ratio peer | throughput ratio peer |");
				lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
			}
			System.out.println(lines.get(0) + "\n" + lines.get(lines.size() - 2));
			for (QueryMix.Query query : mix) {
				for (int clients : levels) {
					Result ours = run(targets.get(0), query, clients, cell);
					Result raw = run(targets.get(1), query, clients, cell);
					Result other = peer == null ? null : run(targets.get(2), query, clients, cell);
					StringBuilder line = new StringBuilder(String.format("| %s | %d | %s | %.0f | %s | %.0f |", query.name(),
							clients, ours.latencies(), ours.throughput(), raw.latencies(), raw.throughput()));
					if (other != null) {
						line.append(String.format(" %s | %.0f |", other.latencies(), other.throughput()));
					}
					line.append(String.format(" %.2f | %.2f |", ours.p(50) / raw.p(50), ours.throughput() / raw.throughput()));
					if (other != null) {
						line.append(String.format(" %.2f | %.2f |", ours.p(50) / other.p(50),
								ours.throughput() / other.throughput()));
					}
					int peerErrors = other == null ? 0 : other.errors();
					if (ours.errors() + raw.errors() + peerErrors > 0) {
						line.append(" errors: ").append(ours.errors()).append(" / ").append(raw.errors());
						if (other != null) {
							line.append(" / ").append(peerErrors);
						}
					}
					lines.add(line.toString());
					System.out.println(line);
				}
			}
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, String.join("\n", lines) + "\n", java.nio.file.StandardOpenOption.CREATE,
					java.nio.file.StandardOpenOption.APPEND);
		}
		System.exit(0);
	}

	/** A system under test: how to send one question with one parameter set. */
	record Target(String name, java.util.function.Function<QueryMix.Query, Call> call) {
	}

	@FunctionalInterface
	interface Call {
		/** @return false if the answer was an error */
		boolean send(Map<String, Object> params) throws Exception;
	}

	record Result(long[] nanos, double seconds, int errors) {

		double p(int percentile) {
			if (nanos.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(percentile / 100.0 * nanos.length) - 1;
			return nanos[Math.max(0, index)] / 1e6;
		}

		double throughput() {
			return nanos.length / seconds;
		}

		String latencies() {
			return String.format("%.1f / %.1f / %.1f", p(50), p(95), p(99));
		}
	}

	/** {@code clients} threads, each sending requests back to back until the time is up. */
	private static Result run(Target target, QueryMix.Query query, int clients, Duration time) throws Exception {
		Call call = target.call().apply(query);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicLong endedAt = new AtomicLong();
		long started = System.nanoTime();
		long deadline = started + time.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<long[]>> futures = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			futures.add(pool.submit(() -> {
				long[] own = new long[1024];
				int n = 0;
				while (System.nanoTime() < deadline) {
					Map<String, Object> params = query.params().get(next.getAndIncrement() % query.params().size());
					long t0 = System.nanoTime();
					boolean ok;
					try {
						ok = call.send(params);
					}
					catch (Exception ex) {
						ok = false;
					}
					long t1 = System.nanoTime();
					if (!ok) {
						errors.incrementAndGet();
					}
					if (n == own.length) {
						own = Arrays.copyOf(own, n * 2);
					}
					own[n++] = t1 - t0;
					endedAt.accumulateAndGet(t1, Math::max);
				}
				return Arrays.copyOf(own, n);
			}));
		}
		List<long[]> parts = new ArrayList<>();
		for (Future<long[]> f : futures) {
			parts.add(f.get());
		}
		pool.shutdown();
		long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		return new Result(all, (endedAt.get() - started) / 1e9, errors.get());
	}

	/** Posts {@code document} with the parameters it declares as variables; the response whole. */
	private static HttpResponse<String> graphql(HttpClient http, URI uri, String document, Map<String, Object> params)
			throws IOException, InterruptedException {
		Map<String, Object> variables = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (document.contains("$" + k + ":")) {
				variables.put(k, v);
			}
		});
		String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
		return http.send(HttpRequest.newBuilder(uri)
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static boolean ok(HttpResponse<String> response) {
		return response.statusCode() == 200 && !response.body().contains("\"errors\"");
	}

	private static boolean cypher(Driver driver, QueryMix.Query query, Map<String, Object> params) {
		try (var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
			session.executeRead(tx -> {
				for (String statement : query.cypher()) {
					tx.run(statement, params).list();
				}
				return null;
			});
		}
		return true;
	}

	/** Every parameter set answers without errors before anything is timed. */
	private static void checkAnswers(Target target, QueryMix.Query query) throws Exception {
		Call call = target.call().apply(query);
		for (Map<String, Object> params : query.params()) {
			if (!call.send(params)) {
				throw new IllegalStateException(query.name() + " failed on " + target.name() + " for " + params);
			}
		}
	}

	/**
	 * Whether the peer answers what awardgraph answers, for every parameter set: the two documents ask for the
	 * same fields (named alike where the schemas differ, nested differently where they must: a relationship's
	 * properties), so the answers are compared as their scalar values in order, each object's keys taken in
	 * alphabetical order, nulls and cursors (each server has its own format) left out. Prints the count and the
	 * first difference; a difference is reported, not fatal.
	 */
	private static void comparePeer(HttpClient http, URI ours, URI peer, QueryMix.Query query) throws Exception {
		int same = 0;
		String first = null;
		for (Map<String, Object> params : query.params()) {
			List<String> a = leaves(JSON.readTree(graphql(http, ours, query.graphql(), params).body()).get("data"));
			List<String> b = leaves(JSON.readTree(graphql(http, peer, query.peer(), params).body()).get("data"));
			if (a.equals(b)) {
				same++;
			}
			else if (first == null) {
				int i = 0;
				while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
					i++;
				}
				first = String.format("for %s: value %d of %d/%d differs: awardgraph %s, peer %s", params, i, a.size(),
						b.size(), i < a.size() ? a.get(i) : "(end)", i < b.size() ? b.get(i) : "(end)");
			}
		}
		System.out.printf("%s: peer answers the same as awardgraph for %d of %d parameter sets%s%n", query.name(), same,
				query.params().size(), first == null ? "" : "; first difference " + first);
	}

	private static List<String> leaves(tools.jackson.databind.JsonNode node) {
		List<String> out = new ArrayList<>();
		collect(node, out);
		return out;
	}

	private static void collect(tools.jackson.databind.JsonNode node, List<String> out) {
		if (node == null || node.isNull()) {
			return;
		}
		if (node.isArray()) {
			node.forEach(item -> collect(item, out));
		}
		else if (node.isObject()) {
			node.propertyNames().stream().sorted()
				.filter(key -> !key.equals("cursor") && !key.equals("endCursor"))
				.forEach(key -> collect(node.get(key), out));
		}
		else {
			out.add(node.asString());
		}
	}

	/**
	 * Drives the whole mix at 8 clients, round after round, until the service's JIT compilers have settled: less
	 * than 5% of one core compiling during a round, at most {@code BENCH_JIT_ROUNDS} (45) rounds. Right after a start the
	 * service's two compiler threads were busy for minutes (Neo4j, Spring and graphql-java are a lot of code),
	 * taking a core of this two-core machine from the requests, and whichever questions were measured first paid
	 * for it. A service that has been up for a while, which is what dashboards poll, has compiled its hot code.
	 */
	private static String settleJit(HttpClient http, URI metric, Target target, List<QueryMix.Query> mix, Duration perQuery)
			throws Exception {
		double before = metric(http, metric);
		if (Double.isNaN(before)) {
			return "JIT: the service's jvm.compilation.time metric is not exposed; measured without waiting for the JIT";
		}
		List<String> shares = new ArrayList<>();
		int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_JIT_ROUNDS", "45"));
		for (int round = 1; round <= rounds; round++) {
			long started = System.nanoTime();
			for (QueryMix.Query query : mix) {
				run(target, query, 8, perQuery);
			}
			double after = metric(http, metric);
			double share = (after - before) / 1e3 / ((System.nanoTime() - started) / 1e9);
			System.out.printf("JIT settling, round %d: the compilers used %.1f%% of a core%n", round, 100 * share);
			shares.add(String.format("%.0f%%", 100 * share));
			before = after;
			if (share < 0.05) {
				break;
			}
		}
		return String.format("JIT settling before measuring: %d rounds of the mix at 8 clients, %d s per question; the "
				+ "service's compilers used %s of a core in them", shares.size(), perQuery.toSeconds(), String.join(", ", shares));
	}

	/**
	 * The first measurement of an actuator metric of the service (awardgraph.cypher.statements: statements sent;
	 * jvm.compilation.time: milliseconds), NaN when the metrics endpoint is not exposed.
	 */
	private static double metric(HttpClient http, URI metric) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(metric).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			return Double.NaN;
		}
		return JSON.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
	}
}
