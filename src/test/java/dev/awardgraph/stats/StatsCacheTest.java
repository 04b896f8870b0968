package dev.awardgraph.stats;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache's concurrency on its own (StatsTest shows it on the service): many dashboards asking at once after
 * a change share one computation, an old answer is recomputed by one request, a failure is nobody's answer.
 */
class StatsCacheTest {

	private final AtomicInteger computations = new AtomicInteger();

	private int slowCount() {
		int n = computations.incrementAndGet();
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return n;
	}

	@Test
	void concurrentRequestsAfterAChangeShareOneComputation() throws Exception {
		StatsCache cache = new StatsCache(Duration.ofMinutes(1));
		assertThat(askAtOnce(cache, 16)).containsOnly(1);
		assertThat(computations).hasValue(1);
		cache.afterCommit(new SimpleTransactionStatus(), null); // a write
		assertThat(askAtOnce(cache, 16)).containsOnly(2);
		assertThat(computations).hasValue(2);
		SimpleTransactionStatus read = new SimpleTransactionStatus() {
			@Override
			public boolean isReadOnly() {
				return true;
			}
		};
		cache.afterCommit(read, null);
		assertThat(cache.<Integer>get(List.of("k"), this::slowCount)).isEqualTo(2);
	}

	@Test
	void pastMaxAgeOneRequestRecomputesWhileTheOthersKeepTheAnswer() throws Exception {
		StatsCache cache = new StatsCache(Duration.ofMillis(100));
		assertThat(cache.<Integer>get(List.of("k"), this::slowCount)).isEqualTo(1);
		Thread.sleep(150);
		List<Integer> answers = askAtOnce(cache, 8);
		assertThat(answers).containsOnly(1, 2).containsOnlyOnce(2);
		assertThat(computations).hasValue(2);
	}

	@Test
	void aFailedComputationIsRethrownAndNotKept() {
		StatsCache cache = new StatsCache(Duration.ofMinutes(1));
		assertThatThrownBy(() -> cache.get(List.of("k"), () -> {
			throw new IllegalArgumentException("filter: yearFrom (2026) is after yearTo (2020)");
		})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yearFrom");
		assertThat(cache.<Integer>get(List.of("k"), this::slowCount)).isEqualTo(1);
	}

	private List<Integer> askAtOnce(StatsCache cache, int clients) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return cache.<Integer>get(List.of("k"), this::slowCount);
				}));
			}
			start.countDown();
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				results.add(answer.get(10, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}
}
