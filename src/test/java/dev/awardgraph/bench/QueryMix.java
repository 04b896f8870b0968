package dev.awardgraph.bench;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.awardgraph.search.NameKeys;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The fixed query mix: each question as a GraphQL document for awardgraph, as hand-written Cypher for the
 * floor, and as a GraphQL document for the peer (@neo4j/graphql, {@code bench/peer/server.mjs}), with parameter
 * sets picked deterministically from the generated graph. The Cypher is what someone would write by hand for the
 * same answer: one statement where awardgraph may run several (its nested fields are batched statements), the
 * same projections, the same order and limits. The peer's document asks for the same fields in the same order,
 * aliased to awardgraph's names where the peer's schema differs, so that the two answers can be compared.
 */
public final class QueryMix {

	/**
	 * One question: awardgraph's GraphQL document, its Cypher statements (run in one read transaction), the peer's
	 * GraphQL document, and the parameter sets (each document takes the variables it declares, by name).
	 */
	record Query(String name, String graphql, List<String> cypher, String peer, List<Map<String, Object>> params) {
	}

	/**
	 * The hand-written statement of the entity question; public for {@code bench/probes/RawProbe.java}, which times
	 * it alone for single organisations.
	 */
	public static final String ENTITY_CYPHER = """
			MATCH (n:Entity {id: $id})
			CALL (n) { UNWIND n.sources AS sid MATCH (s:Entity {id: sid}) WHERE s:Source RETURN collect(s {.id, .title}) AS sources }
			RETURN n {.id, .name, .aliases, .nameEn, .kind, label: [l IN labels(n) WHERE l <> 'Entity'][0],
			  sources: sources,
			  parent: [(n)-[:PART_OF]->(p) | p {.id, .name}][0],
			  units: [(n)<-[:PART_OF]-(u) | u {.id, .name}],
			  people: [(n)<-[r:HOLDS_POSITION]-(p) | {title: r.title, node: p {.id, .name}, sources: r.sources}],
			  leadApplicantOf: [(n)<-[:LEAD_APPLICANT]-(j) | j {.id, .name,
			    coApplicants: [(j)-[c:CO_APPLICANT]->(o) | {order: c.order, node: o {.id, .name}}]}]} AS entity""";

	/**
	 * The entity question's parameter sets; public for {@code bench/probes/SearchProbe.java} (QUESTION=entity). Low
	 * ids are the hierarchies' roots and hubs: the heavier, realistic case for a detail page.
	 */
	public static List<Map<String, Object>> entityParameters(SyntheticGraph.Counts counts) {
		List<Map<String, Object>> orgs = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			orgs.add(Map.of("id", SyntheticGraph.org(k * k % Math.max(1, counts.organisations() / 5))));
		}
		return orgs;
	}

	private static final int SAMPLES = 40;

	private QueryMix() {
	}

	/**
	 * The search question's parameter sets: the short names of organisations spread over the graph, with the
	 * normalised key, escaped term and Lucene text the hand-written statement and the peer are given. Public for
	 * {@code bench/probes/SearchProbe.java}, which sends search statements with the same texts.
	 */
	public static List<Map<String, Object>> searchParameters(SyntheticGraph.Counts counts) {
		NameKeys keys = new NameKeys();
		List<Map<String, Object>> search = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			int org = (int) ((long) k * counts.organisations() / SAMPLES) + 1;
			search.add(searchParameters(SyntheticGraph.orgShortName(org), keys));
		}
		return search;
	}

	/** One text's parameters, computed from it as the service does. */
	public static Map<String, Object> searchParameters(String text, NameKeys keys) {
		String key = keys.key(text);
		String lucene = NameKeys.escape(keys.simplify(text).strip().toLowerCase(Locale.ROOT));
		String term = NameKeys.escape(key);
		return Map.of("t", text, "query", lucene, "term", term, "prefix", term + "*", "key", key, "grams",
				keys.grams(text), "first", 10, "candidates", 100);
	}

	static List<Query> build(Driver driver, int size) {
		SyntheticGraph.Counts counts = SyntheticGraph.Counts.of(size);
		List<Query> mix = new ArrayList<>();

		// no database work: what HTTP, GraphQL parsing and validation, and JSON cost per request, against a Bolt round trip
		mix.add(new Query("baseline", "{ __typename }", List.of("RETURN 1"), "{ __typename }", List.of(Map.of())));

		List<Map<String, Object>> search = searchParameters(counts);
		mix.add(new Query("search", """
				query($t: String!) { search(text: $t, first: 10) { matchedBy score entity { id label name nameEn } } }""",
				List.of("""
						CALL () {
						  CALL db.index.fulltext.queryNodes('entity_keys', $term, {limit: $candidates}) YIELD node
						  RETURN node, 0.0 AS score
						  UNION
						  CALL db.index.fulltext.queryNodes('entity_keys', $prefix, {limit: $candidates}) YIELD node
						  RETURN node, 0.0 AS score
						  UNION
						  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
						  RETURN node, score
						}
						WITH node, max(score) AS score
						WITH node, score, node.keys AS keys
						WITH node, score, keys,
						     CASE WHEN $key IN keys THEN 3
						          WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 2
						          WHEN any(k IN keys WHERE k CONTAINS $key) THEN 1 ELSE 0 END AS exactness
						WITH node, score, exactness,
						     CASE WHEN exactness = 0 THEN size([g IN $grams WHERE any(k IN keys WHERE k CONTAINS g)])
						          ELSE 0 END AS shared
						RETURN node {.id, .name, .nameEn, label: [l IN labels(node) WHERE l <> 'Entity'][0]} AS entity, score, exactness
						ORDER BY exactness DESC, shared DESC, score DESC, size(node.name), node.id
						LIMIT $first"""),
				// the peer has no name normalisation of its own: it is sent the key and Lucene text computed above
				"""
				query($query: String!, $term: String!, $prefix: String!, $key: String!, $grams: [String!]!) {
				  search(query: $query, term: $term, prefix: $prefix, key: $key, grams: $grams, first: 10) { matchedBy score entity { id label name nameEn } } }""",
				search));

		List<Map<String, Object>> orgs = entityParameters(counts);
		mix.add(new Query("entity", """
				query($id: ID!) { entity(id: $id) { id label name aliases nameEn sources { id title }
				  ... on Organisation { kind parent { node { id name } } units { node { id name } }
				    people { title node { id name } sources { id } }
				    leadApplicantOf { node { id name ... on Project { coApplicants { order node { id name } } } } } } } }""",
				List.of(ENTITY_CYPHER),
				// awardgraph orders an entity's relationships by order, then the other end's name and id
				"""
				query($id: ID!) { entity: entities(where: {id: {eq: $id}}) { id label: __typename name aliases nameEn sources { id title }
				  ... on Organisation { kind parent { id name } units(sort: [{name: ASC}, {id: ASC}]) { id name }
				    people: peopleConnection(sort: [{node: {name: ASC}}, {node: {id: ASC}}]) {
				      edges { properties { title sources } node { id name } } }
				    leadApplicantOf(sort: [{name: ASC}, {id: ASC}]) { id name
				      coApplicants: coApplicantsConnection(sort: [{edge: {order: ASC}}]) { edges { properties { order } node { id name } } } } } } }""",
				orgs));

		List<Map<String, Object>> conferrals = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			int from = 2005 + k % 18;
			String after = k % 2 == 0 ? null : Base64.getUrlEncoder().withoutPadding().encodeToString("at:19".getBytes());
			java.util.HashMap<String, Object> p = new java.util.HashMap<>();
			p.put("a", SyntheticGraph.award(k % Math.min(10, counts.awards())));
			p.put("from", from);
			p.put("to", from + 3);
			p.put("after", after);
			p.put("offset", after == null ? 0 : 20);
			p.put("end", after == null ? 20 : 40);
			// the peer's cursors are graphql-relay's: base64 of "arrayconnection:<offset>"
			p.put("peerAfter", after == null ? null : Base64.getEncoder().encodeToString("arrayconnection:19".getBytes()));
			conferrals.add(p);
		}
		mix.add(new Query("conferrals", """
				query($a: ID!, $from: Int!, $to: Int!, $after: String) {
				  conferrals(filter: {awards: [$a], yearFrom: $from, yearTo: $to}, orderBy: YEAR_DESC, first: 20, after: $after) {
				    totalCount pageInfo { hasNextPage endCursor }
				    edges { cursor node { id name year category { node { id name } } recipients { node { id label name } } } } } }""",
				List.of("""
						MATCH (c:Conferral)-[:OF_AWARD]->(:Award {id: $a})
						WHERE c.year >= $from AND c.year <= $to
						WITH c, COLLECT { MATCH (c)-[l:LISTED_IN]->() RETURN l.order }[0] AS position
						ORDER BY c.year DESC, position, c.id
						WITH collect(c) AS rows
						RETURN size(rows) AS total, [x IN rows[$offset..$end] | x {.id, .name, .year,
						  category: [(x)-[:IN_CATEGORY]->(k) | k {.id, .name}][0],
						  recipients: [(x)-[:RECIPIENT]->(r) | r {.id, .name, label: [l IN labels(r) WHERE l <> 'Entity'][0]}]}] AS page"""),
				// position (LISTED_IN.order) is a @cypher field of the peer's Conferral, to sort by
				"""
				query($a: ID!, $from: Int!, $to: Int!, $peerAfter: String) {
				  conferrals: conferralsConnection(where: {year: {gte: $from, lte: $to}, award: {some: {id: {eq: $a}}}},
				      sort: [{year: DESC}, {position: ASC}, {id: ASC}], first: 20, after: $peerAfter) {
				    totalCount pageInfo { hasNextPage endCursor }
				    edges { cursor node { id name year category { id name }
				      recipients(sort: [{name: ASC}, {id: ASC}]) { id label: __typename name } } } } }""",
				conferrals));

		List<Map<String, Object>> leads = sample(driver, """
				MATCH (o:Organisation)<-[:LEAD_APPLICANT]-(:Project) WHERE o.id IN $ids
				RETURN DISTINCT o.id AS id ORDER BY id LIMIT $n""", idsOf(counts.organisations(), "org/o"));
		mix.add(new Query("coApplicants", """
				query($id: ID!) { coApplicants(id: $id) { organisation { id name } count projects { id name } } }""",
				List.of("""
						MATCH (o:Entity {id: $id})<-[:LEAD_APPLICANT|CO_APPLICANT]-(p:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(partner)
						WHERE partner <> o
						WITH partner, p ORDER BY p.name, p.id
						WITH partner, collect(DISTINCT p {.id, .name}) AS projects
						ORDER BY size(projects) DESC, partner.name, partner.id
						RETURN partner {.id, .name} AS organisation, size(projects) AS count, projects"""),
				"""
				query($id: ID!) { coApplicants(id: $id) { organisation { id name } count projects { id name } } }""",
				leads));

		// a person to an organisation that co-applied with the person's employer: linked within 3 hops
		List<Map<String, Object>> pairs = sample(driver, """
				MATCH (p:Person)-[:HOLDS_POSITION]->(:Organisation)<-[:LEAD_APPLICANT]-(:Project)-[:CO_APPLICANT]->(b:Organisation)
				WHERE p.id IN $ids
				WITH p, min(b.id) AS b ORDER BY p.id LIMIT $n
				RETURN p.id AS from, b AS to""", idsOf(counts.people(), "person/p"));
		mix.add(new Query("paths", """
				query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
				  length nodes { id name } hops { type direction explanation { zh en } sources { id } } } }""",
				List.of("""
						MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to})
						MATCH p = allShortestPaths((a)-[*..4]-(b))
						WHERE none(n IN nodes(p) WHERE n:Source)
						WITH p LIMIT 1000
						WITH p, reduce(d = 0, n IN nodes(p)[1..-1] | d + COUNT { (n)--() }) AS hubness
						ORDER BY hubness, [n IN nodes(p) | n.id] LIMIT 3
						RETURN [n IN nodes(p) | n {.id, .name}] AS nodes,
						       [r IN relationships(p) | {type: type(r), from: startNode(r).id, props: properties(r)}] AS hops"""),
				"""
				query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
				  length nodes { id name } hops { type direction explanation { zh en } sources { id } } } }""",
				pairs));

		List<Map<String, Object>> centres = new ArrayList<>();
		for (int k = 0; k < SAMPLES; k++) {
			centres.add(Map.of("id", k % 4 == 0 ? SyntheticGraph.event(k) : SyntheticGraph.org(k * 37 % counts.organisations()),
					"room", 99));
		}
		mix.add(new Query("neighbourhood", """
				query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) {
				  truncated nodes { id label name } edges { from to type explanation { zh } sources { id } } } }""",
				List.of("""
						MATCH (c:Entity {id: $id})
						CALL (c) {
						  MATCH (c)-[]-(m:Entity) WHERE NOT m:Source AND m <> c
						  WITH DISTINCT m ORDER BY m.id LIMIT $room + 1 RETURN collect(m) AS ring1 }
						CALL (c, ring1) {
						  UNWIND CASE WHEN size(ring1) > $room THEN [] ELSE ring1 END AS f
						  MATCH (f)-[]-(m:Entity) WHERE NOT m:Source AND m <> c AND NOT m IN ring1
						  WITH DISTINCT m ORDER BY m.id LIMIT $room + 1 RETURN collect(m) AS ring2 }
						WITH c, ring1[..$room] + ring2[..($room - size(ring1))] AS around, size(ring1) + size(ring2) > $room AS truncated
						WITH [c] + around AS kept, truncated
						UNWIND kept AS a
						OPTIONAL MATCH (a)-[r]->(b) WHERE b IN kept
						RETURN truncated, collect(DISTINCT a {.id, .name, label: [l IN labels(a) WHERE l <> 'Entity'][0]}) AS nodes,
						       collect({from: a.id, to: b.id, type: type(r), props: properties(r)}) AS edges"""),
				"""
				query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) {
				  truncated nodes { id label name } edges { from to type explanation { zh } sources { id } } } }""",
				centres));

		mix.add(new Query("stats", """
				{ stats { organisationsByKind { name count } conferrals(groupBy: [AWARD, YEAR]) { award { id name } year count }
				  eventsByYear { year count } } }""",
				List.of("""
						MATCH (o:Organisation) WITH o.kind AS name, count(*) AS count RETURN name, count ORDER BY count DESC, name""",
						"""
						MATCH (c:Conferral)
						WITH c, COLLECT { MATCH (c)-[:OF_AWARD]->(a) RETURN a }[0] AS award
						WITH award, c.year AS year, count(*) AS count
						RETURN award {.id, .name} AS award, year, count ORDER BY award.name, year""",
						"""
						MATCH (e:Event) WHERE e.startDate IS NOT NULL
						WITH toInteger(substring(e.startDate, 0, 4)) AS year, count(*) AS count RETURN year, count ORDER BY year"""),
				"""
				{ organisationsByKind { name count } conferrals: conferralsByAwardAndYear { award { id name } year count }
				  eventsByYear { year count } }""",
				List.of(Map.of())));
		return mix;
	}

	/** Every step-th id of a label: a spread of candidates for sampling by Cypher. */
	private static List<String> idsOf(int count, String prefix) {
		List<String> ids = new ArrayList<>();
		int step = Math.max(1, count / 2_000);
		for (int i = 0; i < count; i += step) {
			ids.add(prefix + i);
		}
		return ids;
	}

	private static List<Map<String, Object>> sample(Driver driver, String cypher, List<String> ids) {
		try (var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
			List<Map<String, Object>> rows = session.executeRead(tx -> tx.run(cypher, Map.of("ids", ids, "n", SAMPLES))
				.list(r -> r.asMap()));
			if (rows.isEmpty()) {
				throw new IllegalStateException("no parameters found for: " + cypher);
			}
			return rows;
		}
	}
}
