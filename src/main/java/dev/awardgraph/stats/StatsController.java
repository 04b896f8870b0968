package dev.awardgraph.stats;

import java.util.List;

import dev.awardgraph.support.Limits;
import dev.awardgraph.winner.ConferralFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Dashboard numbers. {@code stats} is a namespace: each field is computed only when asked for, and kept until the
 * graph changes ({@link StatsCache}).
 */
@Controller
class StatsController {

	private final StatsRepository stats;
	private final StatsCache cache;
	private final Limits limits;

	StatsController(StatsRepository stats, StatsCache cache, Limits limits) {
		this.stats = stats;
		this.cache = cache;
		this.limits = limits;
	}

	@QueryMapping
	Stats stats() {
		return Stats.INSTANCE;
	}

	@SchemaMapping
	List<StatsRepository.ConferralBucket> conferrals(Stats stats, @Argument List<String> groupBy,
			@Argument ConferralFilter filter) {
		ConferralFilter given = ConferralFilter.orNone(filter);
		return cache.get(List.of("conferrals", groupBy, given), () -> this.stats.conferrals(groupBy, given));
	}

	@SchemaMapping
	List<StatsRepository.Count> organisationsByKind(Stats stats) {
		return cache.get(List.of("organisationsByKind"), this.stats::organisationsByKind);
	}

	@SchemaMapping
	List<StatsRepository.EntityCount> topHonoured(Stats stats, @Argument boolean includeUnits, @Argument Integer first) {
		int size = limits.pageSize(first);
		return cache.get(List.of("topHonoured", includeUnits, size), () -> this.stats.topHonoured(includeUnits, size));
	}

	@SchemaMapping
	List<StatsRepository.EntityCount> topCoApplicants(Stats stats, @Argument Integer first) {
		int size = limits.pageSize(first);
		return cache.get(List.of("topCoApplicants", size), () -> this.stats.topCoApplicants(size));
	}

	@SchemaMapping
	List<StatsRepository.YearCount> eventsByYear(Stats stats) {
		return cache.get(List.of("eventsByYear"), this.stats::eventsByYear);
	}

	/** The (stateless) value of {@code Query.stats}. */
	enum Stats {
		INSTANCE
	}
}
