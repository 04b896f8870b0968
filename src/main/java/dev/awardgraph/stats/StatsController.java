package dev.awardgraph.stats;

import java.util.List;

import dev.awardgraph.support.Limits;
import dev.awardgraph.winner.ConferralFilter;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Dashboard numbers. {@code stats} is a namespace: each field is computed only when asked for. */
@Controller
class StatsController {

	private final StatsRepository stats;
	private final Limits limits;

	StatsController(StatsRepository stats, Limits limits) {
		this.stats = stats;
		this.limits = limits;
	}

	@QueryMapping
	Stats stats() {
		return Stats.INSTANCE;
	}

	@SchemaMapping
	List<StatsRepository.ConferralBucket> conferrals(Stats stats, @Argument List<String> groupBy,
			@Argument ConferralFilter filter) {
		return this.stats.conferrals(groupBy, ConferralFilter.orNone(filter));
	}

	@SchemaMapping
	List<StatsRepository.Count> organisationsByKind(Stats stats) {
		return this.stats.organisationsByKind();
	}

	@SchemaMapping
	List<StatsRepository.EntityCount> topHonoured(Stats stats, @Argument boolean includeUnits, @Argument Integer first) {
		return this.stats.topHonoured(includeUnits, limits.pageSize(first));
	}

	@SchemaMapping
	List<StatsRepository.EntityCount> topCoApplicants(Stats stats, @Argument Integer first) {
		return this.stats.topCoApplicants(limits.pageSize(first));
	}

	@SchemaMapping
	List<StatsRepository.YearCount> eventsByYear(Stats stats) {
		return this.stats.eventsByYear();
	}

	/** The (stateless) value of {@code Query.stats}. */
	enum Stats {
		INSTANCE
	}
}
