package dev.awardgraph.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	/** @param keys the node properties to read ({@link AskedProperties}) */
	Network network(String award, Integer year, List<String> keys) {
		Map<String, Object> params = params(null, award, year, keys);
		String scope = scope(award, year);
		List<NetworkEdge> edges = neo4j.query(scope + """
				MATCH (a)<-[:LEAD_APPLICANT|CO_APPLICANT]-(p)-[:LEAD_APPLICANT|CO_APPLICANT]->(b)
				WHERE a.id < b.id
				WITH a, b, p ORDER BY p.name, p.id
				WITH a, b, collect(DISTINCT p) AS projects
				ORDER BY size(projects) DESC, a.id, b.id
				RETURN a.id AS source, b.id AS target, [x IN projects | %s] AS projects"""
				.formatted(AskedProperties.projection("x")))
			.bindAll(params)
			.fetchAs(NetworkEdge.class)
			.mappedBy((types, r) -> {
				List<Node> projects = r.get("projects").asList(x -> AskedProperties.node(keys, x));
				return new NetworkEdge(r.get("source").asString(), r.get("target").asString(), projects.size(), projects);
			})
			.all().stream().toList();
		List<NetworkNode> nodes = neo4j.query(scope + """
				MATCH (p)-[:LEAD_APPLICANT|CO_APPLICANT]->(o)
				WITH o, collect(DISTINCT p) AS projects
				WITH o, projects, COLLECT { MATCH (o)<-[:LEAD_APPLICANT|CO_APPLICANT]-(q)-[:LEAD_APPLICANT|CO_APPLICANT]->(x)
				                            WHERE x <> o AND q IN projects RETURN DISTINCT x } AS partners
				WHERE size(partners) > 0
				ORDER BY size(partners) DESC, o.id
				RETURN %s AS entity, size(partners) AS degree, size(projects) AS projects"""
				.formatted(AskedProperties.projection("o")))
			.bindAll(params)
			.fetchAs(NetworkNode.class)
			.mappedBy((types, r) -> new NetworkNode(AskedProperties.node(keys, r.get("entity")), r.get("degree").asInt(),
					r.get("projects").asInt()))
			.all().stream().toList();
		return new Network(nodes, edges);
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

	record Network(List<NetworkNode> nodes, List<NetworkEdge> edges) {
	}

	record NetworkNode(Node entity, int degree, int projects) {
	}

	record NetworkEdge(String source, String target, int weight, List<Node> projects) {
	}
}
