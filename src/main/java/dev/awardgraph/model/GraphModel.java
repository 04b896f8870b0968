package dev.awardgraph.model;

import static dev.awardgraph.model.NodeType.incoming;
import static dev.awardgraph.model.NodeType.one;
import static dev.awardgraph.model.NodeType.oneOrMany;
import static dev.awardgraph.model.NodeType.ordered;
import static dev.awardgraph.model.PropertyType.BOOLEAN;
import static dev.awardgraph.model.PropertyType.DATE;
import static dev.awardgraph.model.PropertyType.DATETIME;
import static dev.awardgraph.model.PropertyType.INT;
import static dev.awardgraph.model.PropertyType.NUMBER;
import static dev.awardgraph.model.PropertyType.STRING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The graph model in one place: labels and relationship types, with what each may hold. The dataset loader
 * validates against it and the GraphQL schema mirrors it (docs/model.md draws it). Labels and types come from
 * here only, never from user input, which is what lets the loader name them in Cypher.
 */
public final class GraphModel {

	public static final String ORGANISATION = "Organisation", PERSON = "Person", PLACE = "Place", EVENT = "Event",
			AWARD = "Award", CATEGORY = "AwardCategory", LIST = "AwardList", CALL = "Call", CONFERRAL = "Conferral",
			PROJECT = "Project", POLICY = "Policy", AGREEMENT = "Agreement", FIGURE = "Figure", SOURCE = "Source";

	private static final String[] ANY = { ORGANISATION, PERSON, PLACE, EVENT, AWARD, CATEGORY, LIST, CALL, CONFERRAL,
			PROJECT, POLICY, AGREEMENT, FIGURE };

	private static final Map<String, NodeType> NODES = new LinkedHashMap<>();
	private static final Map<String, RelationshipType> RELATIONSHIPS = new LinkedHashMap<>();

	static {
		node(SOURCE, "src/", Set.of("NEWS_ARTICLE", "OFFICIAL_LETTER", "REPORT", "WEB_PAGE"),
				props("title", STRING, "publisher", STRING, "url", STRING, "reference", STRING, "date", DATE, "file", STRING,
						"author", STRING, "fetchedAt", DATE),
				Map.of());
		node(ORGANISATION, "org/",
				Set.of("COMPANY", "UNIVERSITY", "RESEARCH_INSTITUTE", "GOVERNMENT", "ASSOCIATION", "INDUSTRIAL_PARK",
						"TEAM", "MEDIA", "INTERNATIONAL_ORGANISATION", "MUSEUM", "INVESTOR", "OTHER"),
				props("description", STRING, "founded", DATE, "listingDate", DATE, "stockMarket", STRING, "defunct",
						BOOLEAN),
				Map.of("parent", one("PART_OF", ORGANISATION), "locatedIn", one("LOCATED_IN", PLACE)));
		node(PERSON, "person/", Set.of(), props("description", STRING), Map.of());
		node(PLACE, "place/", Set.of("COUNTRY", "PROVINCE", "CITY", "DISTRICT", "TOWN", "AREA", "VENUE", "REGION",
				"BUILDING"), props("description", STRING), Map.of("partOf", one("PART_OF", PLACE)));
		node(EVENT, "event/",
				Set.of("SUMMIT", "CONFERENCE", "SUB_FORUM", "COMPETITION", "CEREMONY", "ROADSHOW", "FORUM",
						"SPORTS_EVENT", "ACTIVITY", "EXHIBITION"),
				props("startDate", DATE, "endDate", DATE, "edition", INT, "theme", STRING, "description", STRING,
						"attendance", STRING),
				Map.of("partOf", one("PART_OF", EVENT), "heldIn", one("HELD_IN", PLACE)));
		node(AWARD, "award/", Set.of("AWARD", "HONOUR", "RANKING", "SELECTION"),
				props("description", STRING, "established", DATE),
				Map.of("conferredBy", oneOrMany("CONFERRED_BY", ORGANISATION)));
		node(CATEGORY, "cat/", Set.of(), props("description", STRING), Map.of("award", one("CATEGORY_OF", AWARD)));
		node(LIST, "list/", Set.of(), props("year", INT, "description", STRING),
				Map.of("award", one("LIST_OF", AWARD), "issuedBy", oneOrMany("ISSUED_BY", ORGANISATION)));
		node(CALL, "call/", Set.of(), props("year", INT, "deadline", DATETIME, "date", DATE, "expectedWinners",
				STRING, "description", STRING),
				Map.of("award", one("CALL_FOR", AWARD), "issuedBy", oneOrMany("ISSUED_BY", ORGANISATION),
						"categories", ordered("INVITES", CATEGORY)));
		node(CONFERRAL, "conf/", Set.of(), props("year", INT, "rank", STRING, "date", DATE),
				Map.of("award", one("OF_AWARD", AWARD), "category", one("IN_CATEGORY", CATEGORY),
						"recipient", oneOrMany("RECIPIENT", ORGANISATION, PERSON, PROJECT),
						"event", one("PRESENTED_AT", EVENT), "list", one("LISTED_IN", LIST),
						"presentedBy", oneOrMany("PRESENTED_BY", ORGANISATION)));
		node(PROJECT, "proj/", Set.of("ACHIEVEMENT", "PRACTICE_CASE", "CONTRACT", "PROGRAMME"),
				props("description", STRING, "date", DATE),
				Map.of("lead", one("LEAD_APPLICANT", ORGANISATION), "coApplicants", ordered("CO_APPLICANT", ORGANISATION)));
		node(POLICY, "policy/", Set.of("POLICY", "PLAN", "GUIDELINE", "REPORT"), props("date", DATE, "description",
				STRING), Map.of("issuedBy", oneOrMany("ISSUED_BY", ORGANISATION)));
		node(AGREEMENT, "agreement/", Set.of(), props("date", DATE, "description", STRING),
				Map.of("parties", incoming("PARTY_TO", ORGANISATION), "signedAt", one("SIGNED_AT", EVENT)));
		node(FIGURE, "fig/", Set.of(), props("metric", STRING, "value", NUMBER, "unit", STRING, "year", INT,
				"description", STRING), Map.of("about", oneOrMany("ABOUT", ORGANISATION, PLACE)));

		String[] orgOrPlace = { ORGANISATION, PLACE };
		rel("PART_OF", from(ORGANISATION, EVENT, PLACE), from(ORGANISATION, EVENT, PLACE), props("relation", STRING));
		rel("LOCATED_IN", from(ORGANISATION, EVENT), from(PLACE), props());
		rel("HELD_IN", from(EVENT), from(PLACE), props());
		rel("HAS_PRESENCE_IN", from(ORGANISATION), from(orgOrPlace), props("what", STRING));
		rel("HOLDS_POSITION", from(PERSON), from(ORGANISATION), props("title", STRING, "current", BOOLEAN, "asOf", DATE,
				"since", DATE, "until", DATE));
		rel("SPOKE_AT", from(PERSON, ORGANISATION), from(EVENT), props("role", STRING, "topic", STRING, "order", INT));
		rel("ATTENDED", from(PERSON, ORGANISATION), from(EVENT), props("role", STRING));
		rel("HOSTED", from(ORGANISATION), from(EVENT), props("role", STRING));
		rel("ORGANISED", from(ORGANISATION), from(EVENT), props("role", STRING));
		rel("GUIDED", from(ORGANISATION), from(EVENT), props("role", STRING));
		rel("PARTICIPATED_IN", from(ORGANISATION, PERSON), from(EVENT), props("role", STRING));
		rel("SERVED", from(ORGANISATION), from(EVENT), props("role", STRING));
		rel("INVESTED_IN", from(ORGANISATION), from(ORGANISATION), props("date", DATE, "kind", STRING));
		rel("ENTERED_PARK", from(ORGANISATION), from(ORGANISATION), props("date", DATE));
		rel("APPROVED", from(ORGANISATION), from(ORGANISATION, POLICY, PROJECT), props("date", DATE));
		rel("CONTRACTED", from(ORGANISATION), from(PROJECT), props("date", DATE, "value", STRING));
		rel("ISSUED_BY", from(POLICY, CALL, LIST), from(ORGANISATION), props("date", DATE));
		rel("PUBLISHED_BY", from(SOURCE), from(ORGANISATION), props());
		rel("RANKED_IN", from(ORGANISATION), from(LIST, AWARD), props("rank", STRING));
		rel("COLLABORATES_WITH", from(ORGANISATION), from(ORGANISATION), props());
		rel("ABOUT", from(FIGURE, POLICY, SOURCE), from(ANY), props());
		// the reference fields' types, for explicit records and the GraphQL layer alike
		for (NodeType type : NODES.values()) {
			type.references().values().forEach(ref -> RELATIONSHIPS.computeIfAbsent(ref.type(), t -> new RelationshipType(t,
					ref.incoming() ? ref.targets() : Set.of(type.label()),
					ref.incoming() ? Set.of(type.label()) : ref.targets(), props("order", INT))));
		}
	}

	private GraphModel() {
	}

	public static Optional<NodeType> node(String label) {
		return Optional.ofNullable(NODES.get(label));
	}

	public static Optional<RelationshipType> relationship(String type) {
		return Optional.ofNullable(RELATIONSHIPS.get(type));
	}

	/**
	 * The model's label of that name, quoted for a statement's text. Only a label the model defines gets this far;
	 * any other is refused, so no text from a request reaches Cypher this way. Written into the text because Neo4j
	 * 5.26 plans a label given as a parameter ({@code MATCH (n:$($label))}) as a scan of every node.
	 */
	public static String cypherLabel(String label) {
		return node(label).map(type -> "`" + type.label() + "`")
			.orElseThrow(() -> new IllegalArgumentException("unknown label '" + label + "'; known: " + labels()));
	}

	public static List<String> labels() {
		return List.copyOf(NODES.keySet());
	}

	public static List<String> relationshipTypes() {
		return List.copyOf(RELATIONSHIPS.keySet());
	}

	private static void node(String label, String prefix, Set<String> kinds, Map<String, PropertyType> props,
			Map<String, NodeType.Reference> refs) {
		NODES.put(label, new NodeType(label, prefix, kinds, props, refs));
	}

	private static void rel(String type, Set<String> from, Set<String> to, Map<String, PropertyType> props) {
		Map<String, PropertyType> all = new LinkedHashMap<>(props);
		all.putIfAbsent("note", STRING);
		RELATIONSHIPS.put(type, new RelationshipType(type, from, to, all));
	}

	private static Set<String> from(String... labels) {
		return Set.of(labels);
	}

	private static Map<String, PropertyType> props(Object... pairs) {
		Map<String, PropertyType> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put((String) pairs[i], (PropertyType) pairs[i + 1]);
		}
		map.putIfAbsent("note", STRING);
		return map;
	}
}
