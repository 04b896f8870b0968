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
 * over HTTP and then the same question as hand-written Cypher over Bolt (the same embedded Neo4j the service
 * uses) for a fixed time each, back to back so both see the same machine load, and prints p50/p95/p99 latency,
 * throughput and the ratios.
 *
 * <p>Usage: {@code Bench <graphql-url> <bolt-uri> <nodes> <seconds-per-cell> <warmup-seconds> <levels> <out-file>}.
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

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(4)).build();
		try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none())) {
			List<QueryMix.Query> mix = QueryMix.build(driver, size);
			String only = System.getenv("BENCH_QUERIES"); // e.g. "entity,paths": profile a few questions
			if (only != null && !only.isBlank()) {
				List<String> names = List.of(only.split(","));
				mix = mix.stream().filter(q -> names.contains(q.name())).toList();
			}
			List<Target> targets = List.of(new Target("awardgraph", q -> p -> graphql(http, graphql, q, p)),
					new Target("raw-cypher", q -> p -> cypher(driver, q, p)));
			URI metric = graphql.resolve("/actuator/metrics/awardgraph.cypher.statements");
			for (QueryMix.Query query : mix) {
				double before = statements(http, metric);
				checkAnswers(targets.get(0), query);
				double per = (statements(http, metric) - before) / query.params().size();
				System.out.printf("%s: %d parameter sets answer; %.1f Cypher statements per request%n", query.name(),
						query.params().size(), per);
			}
			System.out.printf("warming up %d s per question and target%n", warmup.toSeconds());
			for (QueryMix.Query query : mix) {
				for (Target target : targets) {
					run(target, query, 4, warmup);
				}
			}
			List<String> lines = new ArrayList<>();
			lines.add("| query | clients | awardgraph p50 / p95 / p99 ms | awardgraph req/s | raw Cypher p50 / p95 / p99 ms | raw req/s | p50 ratio | throughput ratio |");
			lines.add("|---|---:|---:|---:|---:|---:|---:|---:|");
			System.out.println(lines.get(0));
			for (QueryMix.Query query : mix) {
				for (int clients : levels) {
					Result ours = run(targets.get(0), query, clients, cell);
					Result raw = run(targets.get(1), query, clients, cell);
					String line = String.format("| %s | %d | %s | %.0f | %s | %.0f | %.2f | %.2f |", query.name(), clients,
							ours.latencies(), ours.throughput(), raw.latencies(), raw.throughput(), ours.p(50) / raw.p(50),
							ours.throughput() / raw.throughput());
					if (ours.errors() + raw.errors() > 0) {
						line += " errors: " + ours.errors() + " / " + raw.errors();
					}
					lines.add(line);
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

	private static boolean graphql(HttpClient http, URI uri, QueryMix.Query query, Map<String, Object> params)
			throws IOException, InterruptedException {
		Map<String, Object> variables = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (query.graphql().contains("$" + k + ":")) {
				variables.put(k, v);
			}
		});
		String body = JSON.writeValueAsString(Map.of("query", query.graphql(), "variables", variables));
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
			.header("content-type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
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

	/** Every parameter set answers without errors before anything is timed; one answer is shown. */
	private static void checkAnswers(Target ours, QueryMix.Query query) throws Exception {
		Call call = ours.call().apply(query);
		for (Map<String, Object> params : query.params()) {
			if (!call.send(params)) {
				throw new IllegalStateException(query.name() + " failed for " + params);
			}
		}
	}

	/** The service's count of Cypher statements sent (NaN when its metrics endpoint is not exposed). */
	private static double statements(HttpClient http, URI metric) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(metric).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			return Double.NaN;
		}
		return JSON.readTree(response.body()).get("measurements").get(0).get("value").asDouble();
	}
}
