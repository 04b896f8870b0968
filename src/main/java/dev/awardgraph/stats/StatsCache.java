package dev.awardgraph.stats;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Dashboard counts are whole-graph aggregates (246 ms at 100k nodes, docs/benchmarks.md) that dashboards poll,
 * while the graph changes only when a transaction of this service commits: a dataset load, an import or a
 * curation change. Each answer is kept until the next such commit, and at most {@code maxAge}, which bounds how
 * stale it can be when something else writes to the same database (another instance on a shared server).
 *
 * <p>Spring Boot registers this listener on the Neo4j transaction manager, through which every write of the
 * service goes; read-only transactions (exports) leave the answers alone.
 */
@Component
class StatsCache implements TransactionExecutionListener {

	/** Different filters make different keys; past this many, the oldest answers are not worth keeping. */
	private static final int MAX_ENTRIES = 1_000;

	private final AtomicLong version = new AtomicLong();
	private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
	private final long maxAgeNanos;

	StatsCache(@Value("${awardgraph.stats.max-age:10s}") Duration maxAge) {
		this.maxAgeNanos = maxAge.toNanos();
	}

	private record Entry(long version, long computedAt, Object value) {
	}

	@SuppressWarnings("unchecked")
	<T> T get(List<Object> key, Supplier<T> compute) {
		long now = System.nanoTime();
		Entry entry = entries.get(key);
		if (entry != null && entry.version() == version.get() && now - entry.computedAt() < maxAgeNanos) {
			return (T) entry.value();
		}
		// the version is read before the statement runs: a commit during it makes the answer stale at once
		long before = version.get();
		T value = compute.get();
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(before, now, value));
		return value;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (!transaction.isReadOnly()) {
			version.incrementAndGet();
		}
	}
}
