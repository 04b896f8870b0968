package dev.awardgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CPU per request, one client: the CPU time the processes under test spent (read from {@code /proc/<pid>/stat}),
 * divided by the requests sent, for each question and target. On two cores, throughput under load is bounded by
 * this figure and latency at one client is close to it, and it is far less noisy than either: it does not depend
 * on what else the machine is running. The service's process holds the embedded database, so for awardgraph it
 * is all of the work (HTTP, GraphQL, its driver, the database); for the hand-written Cypher it is the database's
 * share alone (the client's driver runs in the benchmark's process); for the peer it is the peer's process plus
 * the database's work in the service's process.
 */
final class CpuCost {

	private static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(20);

	private final long service;
	private final long peer;
	private final int requests;
	private final long tickNanos;

	/** {@code peer} 0 when there is no peer; {@code ticksPerSecond}: the kernel's clock ticks ({@code getconf CLK_TCK}). */
	CpuCost(long service, long peer, int requests, long ticksPerSecond) {
		this.service = service;
		this.peer = peer;
		this.requests = requests;
		this.tickNanos = 1_000_000_000L / ticksPerSecond;
	}

	List<String> table(List<QueryMix.Query> mix, List<Bench.Target> targets) throws Exception {
		List<String> lines = new ArrayList<>();
		boolean withPeer = targets.size() > 2;
		lines.add(String.format("CPU per request at 1 client, %d requests per question and target or %d s of them (ms of CPU; "
				+ "awardgraph: its whole process; raw Cypher: the database's share; peer: its process and the database's share)",
				requests, BUDGET.toSeconds()));
		lines.add("");
		lines.add(withPeer ? "| query | awardgraph | raw Cypher | peer | ratio raw | ratio peer |" : "| query | awardgraph | raw Cypher | ratio raw |");
		lines.add(withPeer ? "|---|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|");
		for (QueryMix.Query query : mix) {
			double ours = measure(targets.get(0), query, false);
			double raw = measure(targets.get(1), query, false);
			String line = String.format("| %s | %.2f | %.2f |", query.name(), ours, raw);
			if (withPeer) {
				double other = measure(targets.get(2), query, true);
				line += String.format(" %.2f | %.2f | %.2f |", other, ours / raw, ours / other);
			}
			else {
				line += String.format(" %.2f |", ours / raw);
			}
			lines.add(line);
			System.out.println(line);
		}
		return lines;
	}

	/**
	 * Milliseconds of CPU per request: the service's process, and the peer's when {@code withPeer}. At most
	 * {@link #BUDGET} of sending per question and target (the whole-graph aggregates of stats take a quarter of a
	 * second each at 100k), so slow questions are measured on fewer requests.
	 */
	private double measure(Bench.Target target, QueryMix.Query query, boolean withPeer) throws Exception {
		Bench.Call call = target.call().apply(query);
		List<Map<String, Object>> params = query.params();
		long deadline = System.nanoTime() + BUDGET.toNanos() / 5;
		for (int i = 0; i < requests / 4 && System.nanoTime() < deadline; i++) { // not a first call's figure
			call.send(params.get(i % params.size()));
		}
		deadline = System.nanoTime() + BUDGET.toNanos();
		long before = ticks(service) + (withPeer ? ticks(peer) : 0);
		int sent = 0;
		while (sent < requests && (sent < 20 || System.nanoTime() < deadline)) {
			call.send(params.get(sent++ % params.size()));
		}
		long after = ticks(service) + (withPeer ? ticks(peer) : 0);
		return (after - before) * tickNanos / 1e6 / sent;
	}

	/** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
	private static long ticks(long pid) throws IOException {
		String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}
}
