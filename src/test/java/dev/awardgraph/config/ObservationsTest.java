package dev.awardgraph.config;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests are timed; data fetchers are not (each would cost a wrapper and a timer per field of an answer). */
@GraphTest
class ObservationsTest {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void requestsAreObservedAndDataFetchersAreNot() {
		long before = requests();
		// the root field, relationship fields and sources all have non-trivial data fetchers
		GraphQlClient.forPort(port).document("""
				{ entity(id: "org/wic") { name ... on Organisation { units { node { name } } }
				    relationships(first: 5) { type sources { id title } } sources { title } } }""")
			.execute()
			.path("entity.name").entity(String.class).isEqualTo("世界互联网大会")
			.path("entity.relationships").entityList(Object.class).hasSizeGreaterThan(0)
			.path("entity.sources[*].title").entityList(String.class).hasSizeGreaterThan(0);
		assertThat(requests()).isEqualTo(before + 1);
		assertThat(meters.find("graphql.datafetcher").meters()).isEmpty();
	}

	private long requests() {
		Timer timer = meters.find("graphql.request").timer();
		return timer == null ? 0 : timer.count();
	}
}
