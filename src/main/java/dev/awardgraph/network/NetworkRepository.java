package dev.awardgraph.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Who applied with whom: pairs of organisations named as lead or co-applicant of the same project. */
@Repository
class NetworkRepository {

	/**
	 * Projects in scope: all, or those honoured with $award (in $year), tested project by project; for the partners
	 * of one organisation, whose projects the statement starts from.
	 */
	private static final String PROJECTS = """
			MATCH (p:Project)
			WHERE ($award IS NULL AND $year IS NULL)
			   OR EXISTS { (c:Conferral)-[:RECIPIENT]->(p)
			               WHERE ($year IS NULL OR c.year = $year)
			                 AND ($award IS NULL OR EXISTS { (c)-[:OF_AWARD]->(:Award {id: $award}) }) }
			""";

	private final Neo4jClient neo4j;

	NetworkRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** @param keys the node properties to read ({@link AskedProperties}) */
	List<Partner> partners(String id, String award, Integer year, List<String> keys) {
		return neo4j.query(PROJECTS + """
				MATCH (o:Entity {id: $id})<-[:LEAD_APPLICANT|CO_APPLICANT]-(p)-[:LEAD_APPLICANT|CO_APPLICANT]->(partner)
				WHERE partner <> o
				WITH partner, p ORDER BY p.name, p.id
				WITH partner, collect(DISTINCT p) AS projects
				ORDER BY size(projects) DESC, partner.name, partner.id
				RETURN %s AS partner, [x IN projects | %s] AS projects"""
				.formatted(AskedProperties.projection("partner"), AskedProperties.projection("x")))
			.bindAll(params(id, award, year, keys))
			.fetchAs(Partner.class)
			.mappedBy((types, r) -> {
				List<Node> projects = r.get("projects").asList(x -> AskedProperties.node(keys, x));
				return new Partner(AskedProperties.node(keys, r.get("partner")), projects.size(), projects);
			})
			.all().stream().toList();
	}

	/**
	 * The network's heaviest {@code maxEdges} edges and the organisations at their ends. Weights are counted for every
	 * pair in scope (by id, each project's applicants once), but projects are listed and degrees counted only for
	 * what is returned: listing them for every pair of the whole graph (610,816 at 1M nodes) did not finish in 30 s.
	 *
	 * @param keys the node properties to read ({@link AskedProperties})
	 */
	Network network(String award, Integer year, int maxEdges, List<String> keys) {
		Map<String, Object> params = params(null, award, year, keys);
		params.put("limit", maxEdges + 1);
		List<NetworkEdge> edges = new ArrayList<>(neo4j.query(scope(award, year) + """
				WITH p, COLLECT { MATCH (p)-[:LEAD_APPLICANT|CO_APPLICANT]->(o) RETURN DISTINCT o.id } AS ids
				WHERE size(ids) > 1
				UNWIND ids AS source
				UNWIND ids AS target
				WITH source, target WHERE source < target
				WITH source, target, count(*) AS weight
				ORDER BY weight DESC, source, target LIMIT $limit
				MATCH (a:Entity {id: source})
				MATCH (b:Entity {id: target})
				RETURN source, target, weight,
				       COLLECT { MATCH (a)<-[:LEAD_APPLICANT|CO_APPLICANT]-(x)-[:LEAD_APPLICANT|CO_APPLICANT]->(b)
				                 WHERE %s WITH DISTINCT x ORDER BY x.name, x.id RETURN %s } AS projects
				ORDER BY weight DESC, source, target"""
				.formatted(inScope(award, year, "x"), AskedProperties.projection("x")))
			.bindAll(params)
			.fetchAs(NetworkEdge.class)
			.mappedBy((types, r) -> new NetworkEdge(r.get("source").asString(), r.get("target").asString(),
					r.get("weight").asInt(), r.get("projects").asList(x -> AskedProperties.node(keys, x))))
			.all());
		boolean truncated = edges.size() > maxEdges;
		if (truncated) {
			edges.remove(maxEdges);
		}
		params.put("ids", edges.stream().flatMap(e -> Stream.of(e.source(), e.target())).distinct().toList());
		List<NetworkNode> nodes = neo4j.query("""
				UNWIND $ids AS id
				MATCH (o:Entity {id: id})
				WITH o, COUNT { MATCH (o)<-[:LEAD_APPLICANT|CO_APPLICANT]-(q)-[:LEAD_APPLICANT|CO_APPLICANT]->(x)
				                WHERE x <> o AND %1$s RETURN DISTINCT x } AS degree,
				        COUNT { MATCH (o)<-[:LEAD_APPLICANT|CO_APPLICANT]-(q) WHERE %1$s RETURN DISTINCT q } AS projects
				ORDER BY degree DESC, o.id
				RETURN %2$s AS entity, degree, projects"""
				.formatted(inScope(award, year, "q"), AskedProperties.projection("o")))
			.bindAll(params)
			.fetchAs(NetworkNode.class)
			.mappedBy((types, r) -> new NetworkNode(AskedProperties.node(keys, r.get("entity")), r.get("degree").asInt(),
					r.get("projects").asInt()))
			.all().stream().toList();
		return new Network(nodes, edges, truncated, maxEdges);
	}

	/**
	 * The projects of the network, walked to from the award's or the year's conferrals when either is given: tested
	 * one by one ({@link #PROJECTS}), every project of the graph was read, 2.1 s for one award and year at 1M nodes
	 * (docs/benchmarks.md). Only the conditions given are written, each a fixed fragment.
	 */
	private static String scope(String award, Integer year) {
		if (award == null && year == null) {
			return "MATCH (p:Project)\n";
		}
		return (award != null ? "MATCH (:Entity {id: $award})<-[:OF_AWARD]-(c:Conferral)-[:RECIPIENT]->(p:Project)\n"
				: "MATCH (c:Conferral)-[:RECIPIENT]->(p:Project)\n")
				+ (year != null ? "WHERE c.year = $year\n" : "") + "WITH DISTINCT p\n";
	}

	/** The same scope as {@link #scope} as a condition on one project, read from the project's own conferrals. */
	private static String inScope(String award, Integer year, String project) {
		if (award == null && year == null) {
			return project + ":Project";
		}
		return "EXISTS { MATCH (c:Conferral)-[:RECIPIENT]->(" + project + ":Project)"
				+ (award != null ? " WHERE EXISTS { (c)-[:OF_AWARD]->(:Entity {id: $award}) }" : " WHERE true")
				+ (year != null ? " AND c.year = $year" : "") + " }";
	}

	private static Map<String, Object> params(String id, String award, Integer year, List<String> keys) {
		Map<String, Object> params = new HashMap<>();
		params.put("keys", keys);
		params.put("id", id);
		params.put("award", award);
		params.put("year", year);
		return params;
	}

	record Partner(Node organisation, int count, List<Node> projects) {
	}

	record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, boolean truncated, int limit) {
	}

	record NetworkNode(Node entity, int degree, int projects) {
	}

	record NetworkEdge(String source, String target, int weight, List<Node> projects) {
	}
}
