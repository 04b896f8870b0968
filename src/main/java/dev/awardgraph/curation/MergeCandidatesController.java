package dev.awardgraph.curation;

import java.util.List;

import dev.awardgraph.support.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Suggests entities that may be duplicates, for a curator to review and merge. */
@Controller
class MergeCandidatesController {

	private final MergeCandidates candidates;
	private final Limits limits;

	MergeCandidatesController(MergeCandidates candidates, Limits limits) {
		this.candidates = candidates;
		this.limits = limits;
	}

	@QueryMapping
	List<MergeCandidates.Candidate> mergeCandidates(@Argument String label, @Argument String id, @Argument Integer first) {
		return candidates.of(label, id, limits.pageSize(first));
	}
}
