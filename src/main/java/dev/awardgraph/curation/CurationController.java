package dev.awardgraph.curation;

import java.util.List;

import dev.awardgraph.security.Caller;

import graphql.GraphQLContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Curation mutations. Access (EDITOR, ADMIN for merges) is checked before any of them runs; each runs under the
 * {@link CurationLock}, its checks and write in one transaction.
 */
@Controller
class CurationController {

	private final Curator curator;
	private final RelationshipCurator relationships;
	private final Merger merger;
	private final CurationLock lock;

	CurationController(Curator curator, RelationshipCurator relationships, Merger merger, CurationLock lock) {
		this.curator = curator;
		this.relationships = relationships;
		this.merger = merger;
		this.lock = lock;
	}

	@MutationMapping
	Payloads.EntityPayload createEntity(@Argument Inputs.NewEntity input, @Argument Inputs.SourceInput source,
			@Argument String reason, GraphQLContext context) {
		return lock.run(() -> curator.createEntity(input, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.EntityPayload updateEntity(@Argument String id, @Argument Inputs.EntityChanges changes,
			@Argument Inputs.SourceInput source, @Argument String reason, GraphQLContext context) {
		return lock.run(() -> curator.updateEntity(id, changes, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.EntityPayload addAliases(@Argument String id, @Argument List<String> aliases,
			@Argument Inputs.SourceInput source, @Argument String reason, GraphQLContext context) {
		return lock.run(() -> curator.addAliases(id, aliases, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.RelationshipPayload addRelationship(@Argument Inputs.NewRelationship input,
			@Argument Inputs.SourceInput source, @Argument String reason, GraphQLContext context) {
		return lock.run(() -> relationships.addRelationship(input, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.RelationshipPayload updateRelationship(@Argument Inputs.RelationshipRef relationship,
			@Argument List<Inputs.PropertyInput> set, @Argument Inputs.SourceInput source, @Argument String reason,
			GraphQLContext context) {
		return lock.run(() -> relationships.updateRelationship(relationship, set, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.RelationshipPayload removeRelationship(@Argument Inputs.RelationshipRef relationship,
			@Argument Inputs.SourceInput source, @Argument String reason, GraphQLContext context) {
		return lock.run(() -> relationships.removeRelationship(relationship, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.EntityPayload addConferral(@Argument Inputs.NewConferral input, @Argument Inputs.SourceInput source,
			@Argument String reason, GraphQLContext context) {
		return lock.run(() -> curator.addConferral(input, source, reason, caller(context)));
	}

	@MutationMapping
	Payloads.MergePayload mergeEntities(@Argument String keep, @Argument String duplicate, @Argument String reason,
			GraphQLContext context) {
		return lock.run(() -> merger.merge(keep, duplicate, reason, caller(context)));
	}

	private static Caller caller(GraphQLContext context) {
		return context.get(Caller.class);
	}
}
