package dev.awardgraph.stats;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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

	/** An answer, or the one computation of it in flight, for the graph version it was started at. */
	private record Entry(long version, long startedAt, CompletableFuture<Object> value) {
	}

	/**
	 * The answer for the graph as it is. After a change, the first request computes it and concurrent ones wait
	 * for that one computation (at 1M nodes, 32 dashboards each running the same aggregates took 30 s); past
	 * {@code maxAge}, one request recomputes it while the others keep the answer there is.
	 */
	<T> T get(List<Object> key, Supplier<T> compute) {
		long version = this.version.get(); // read first: a commit while computing makes the answer stale at once
		long now = System.nanoTime();
		Entry entry = entries.get(key);
		if (entry != null && entry.version() >= version) {
			if (entry.value().isDone() && now - entry.startedAt() >= maxAgeNanos) {
				Entry refreshing = new Entry(entry.version(), now, entry.value());
				if (entries.replace(key, entry, refreshing)) {
					T value = compute.get(); // should it fail, the answer there is stays, for another max-age
					entries.replace(key, refreshing, new Entry(version, now, CompletableFuture.completedFuture(value)));
					return value;
				}
			}
			return join(entry.value());
		}
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		Entry fresh = new Entry(version, now, new CompletableFuture<>());
		Entry current = entries.compute(key, (k, old) -> old != null && old.version() >= version ? old : fresh);
		if (current != fresh) {
			return join(current.value());
		}
		try {
			T value = compute.get();
			fresh.value().complete(value);
			return value;
		}
		catch (RuntimeException ex) {
			entries.remove(key, fresh);
			fresh.value().completeExceptionally(ex);
			throw ex;
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T join(CompletableFuture<Object> value) {
		try {
			return (T) value.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, Throwable failure) {
		if (!transaction.isReadOnly()) {
			version.incrementAndGet();
		}
	}
}
