package dev.awardgraph.curation;

import java.util.List;

import dev.awardgraph.support.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Suggests entities that may be duplicates, for a curator to review and merge. */
@Controller
class MergeCandidatesController {

	private final Merger merger;
	private final Limits limits;

	MergeCandidatesController(Merger merger, Limits limits) {
		this.merger = merger;
		this.limits = limits;
	}

	@QueryMapping
	List<Merger.Candidate> mergeCandidates(@Argument String label, @Argument Integer first) {
		return merger.candidates(label, limits.pageSize(first));
	}
}
