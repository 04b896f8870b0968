package dev.awardgraph.relationship;

import static dev.awardgraph.relationship.Direction.INCOMING;
import static dev.awardgraph.relationship.Direction.OUTGOING;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The typed relationship fields of the GraphQL schema, as a table: GraphQL type and field → relationship
 * types and direction. Every relationship of the model is reachable from both ends here or through the
 * generic {@code relationships} field; each answer is a {@code Relationship} carrying its sources.
 */
final class RelationshipFields {

	/** @param single the field returns one Relationship (or null), not a list */
	record Field(String typeName, String field, List<String> types, Direction direction, boolean single) {
	}

	static final List<Field> ALL = List.of(
			// Organisation
			many("Organisation", "units", INCOMING, "PART_OF"),
			one("Organisation", "parent", OUTGOING, "PART_OF"),
			many("Organisation", "locatedIn", OUTGOING, "LOCATED_IN", "HAS_PRESENCE_IN"),
			many("Organisation", "honours", INCOMING, "RECIPIENT"),
			many("Organisation", "leadApplicantOf", INCOMING, "LEAD_APPLICANT"),
			many("Organisation", "coApplicantOf", INCOMING, "CO_APPLICANT"),
			many("Organisation", "people", INCOMING, "HOLDS_POSITION"),
			many("Organisation", "events", OUTGOING, "HOSTED", "ORGANISED", "GUIDED", "PARTICIPATED_IN", "SERVED",
					"ATTENDED", "SPOKE_AT"),
			many("Organisation", "agreements", OUTGOING, "PARTY_TO"),
			many("Organisation", "investedIn", OUTGOING, "INVESTED_IN"),
			many("Organisation", "investors", INCOMING, "INVESTED_IN"),
			many("Organisation", "presented", INCOMING, "PRESENTED_BY"),
			many("Organisation", "issued", INCOMING, "ISSUED_BY"),
			// Person
			many("Person", "positions", OUTGOING, "HOLDS_POSITION"),
			many("Person", "events", OUTGOING, "SPOKE_AT", "ATTENDED", "PARTICIPATED_IN"),
			many("Person", "honours", INCOMING, "RECIPIENT"),
			// Project
			one("Project", "lead", OUTGOING, "LEAD_APPLICANT"),
			many("Project", "coApplicants", OUTGOING, "CO_APPLICANT"),
			many("Project", "honours", INCOMING, "RECIPIENT"),
			many("Project", "contractors", INCOMING, "CONTRACTED"),
			// Conferral
			one("Conferral", "award", OUTGOING, "OF_AWARD"),
			one("Conferral", "category", OUTGOING, "IN_CATEGORY"),
			many("Conferral", "recipients", OUTGOING, "RECIPIENT"),
			one("Conferral", "event", OUTGOING, "PRESENTED_AT"),
			one("Conferral", "list", OUTGOING, "LISTED_IN"),
			many("Conferral", "presentedBy", OUTGOING, "PRESENTED_BY"),
			// Award, its categories, lists and calls
			many("Award", "categories", INCOMING, "CATEGORY_OF"),
			many("Award", "conferrals", INCOMING, "OF_AWARD"),
			many("Award", "lists", INCOMING, "LIST_OF"),
			many("Award", "calls", INCOMING, "CALL_FOR"),
			many("Award", "conferredBy", OUTGOING, "CONFERRED_BY"),
			one("AwardCategory", "award", OUTGOING, "CATEGORY_OF"),
			many("AwardCategory", "conferrals", INCOMING, "IN_CATEGORY"),
			many("AwardCategory", "calls", INCOMING, "INVITES"),
			one("AwardList", "award", OUTGOING, "LIST_OF"),
			many("AwardList", "entries", INCOMING, "LISTED_IN"),
			many("AwardList", "issuedBy", OUTGOING, "ISSUED_BY"),
			many("AwardList", "ranked", INCOMING, "RANKED_IN"),
			one("Call", "award", OUTGOING, "CALL_FOR"),
			many("Call", "categories", OUTGOING, "INVITES"),
			many("Call", "issuedBy", OUTGOING, "ISSUED_BY"),
			// Event
			one("Event", "partOf", OUTGOING, "PART_OF"),
			many("Event", "parts", INCOMING, "PART_OF"),
			one("Event", "heldIn", OUTGOING, "HELD_IN"),
			many("Event", "organisers", INCOMING, "HOSTED", "ORGANISED", "GUIDED"),
			many("Event", "speakers", INCOMING, "SPOKE_AT"),
			many("Event", "participants", INCOMING, "ATTENDED", "PARTICIPATED_IN", "SERVED"),
			many("Event", "conferrals", INCOMING, "PRESENTED_AT"),
			many("Event", "agreements", INCOMING, "SIGNED_AT"),
			// Place
			one("Place", "partOf", OUTGOING, "PART_OF"),
			many("Place", "parts", INCOMING, "PART_OF"),
			many("Place", "organisations", INCOMING, "LOCATED_IN", "HAS_PRESENCE_IN"),
			many("Place", "events", INCOMING, "HELD_IN"),
			// Policy, Agreement, Figure, Source
			many("Policy", "issuedBy", OUTGOING, "ISSUED_BY"),
			many("Agreement", "parties", INCOMING, "PARTY_TO"),
			one("Agreement", "signedAt", OUTGOING, "SIGNED_AT"),
			many("Figure", "about", OUTGOING, "ABOUT"),
			many("Source", "publishedBy", OUTGOING, "PUBLISHED_BY"));

	/** {@link #ALL} by GraphQL type and field name: looked up for every field a prefetching query selects. */
	private static final Map<String, Field> BY_NAME = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(f -> f.typeName() + "." + f.field(), f -> f));

	private RelationshipFields() {
	}

	/** The typed relationship field {@code field} of GraphQL type {@code typeName}, or null. */
	static Field find(String typeName, String field) {
		return BY_NAME.get(typeName + "." + field);
	}

	private static Field one(String typeName, String field, Direction direction, String... types) {
		return new Field(typeName, field, List.of(types), direction, true);
	}

	private static Field many(String typeName, String field, Direction direction, String... types) {
		return new Field(typeName, field, List.of(types), direction, false);
	}
}
