package dev.awardgraph.curation;

import java.util.List;

import dev.awardgraph.entity.Node;
import dev.awardgraph.relationship.Edge;

/** What mutations answer: the result, or the expected problems with the input (then nothing was written). */
final class Payloads {

	private Payloads() {
	}

	record UserError(String field, String message) {
	}

	/** Every payload: a non-empty list of errors means the change was refused and wrote nothing. */
	interface Answer {

		List<UserError> errors();
	}

	record EntityPayload(Node entity, List<UserError> errors) implements Answer {

		static EntityPayload of(Node entity) {
			return new EntityPayload(entity, List.of());
		}

		static EntityPayload refused(List<UserError> errors) {
			return new EntityPayload(null, errors);
		}
	}

	record RelationshipPayload(Edge relationship, List<UserError> errors) implements Answer {
	}

	record MergePayload(Node entity, int movedRelationships, List<UserError> errors) implements Answer {
	}
}
