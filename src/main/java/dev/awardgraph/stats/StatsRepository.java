package dev.awardgraph.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;
import dev.awardgraph.winner.ConferralFilter;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Grouped counts. Each chart is one aggregate statement over the graph. */
@Repository
class StatsRepository {

	private final Neo4jClient neo4j;

	StatsRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Dimensions not in {@code dimensions} are grouped as null, so they collapse into one bucket. */
	List<ConferralBucket> conferrals(List<String> dimensions, ConferralFilter filter) {
		Map<String, Object> params = filter.parameters();
		params.put("dims", dimensions);
		return neo4j.query(filter.match() + """
				WITH c,
				     CASE WHEN 'AWARD' IN $dims THEN COLLECT { MATCH (c)-[:OF_AWARD]->(a) RETURN a }[0] END AS award,
				     CASE WHEN 'YEAR' IN $dims THEN c.year END AS year,
				     CASE WHEN 'CATEGORY' IN $dims THEN COLLECT { MATCH (c)-[:IN_CATEGORY]->(x) RETURN x }[0] END AS category,
				     CASE WHEN 'RECIPIENT_LABEL' IN $dims
				          THEN COLLECT { MATCH (c)-[:RECIPIENT]->(r) RETURN [l IN labels(r) WHERE l <> 'Entity'][0] }[0] END AS label,
				     CASE WHEN 'ORGANISATION_KIND' IN $dims
				          THEN coalesce(COLLECT { MATCH (c)-[:RECIPIENT]->(r:Organisation) RETURN r.kind }[0],
				                        COLLECT { MATCH (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT]->(r:Organisation) RETURN r.kind }[0]) END AS kind
				WITH award, year, category, label, kind, count(c) AS count
				ORDER BY award.name, year, category.name, label, kind
				RETURN CASE WHEN award IS NULL THEN null ELSE {props: properties(award), labels: labels(award)} END AS award,
				       year, CASE WHEN category IS NULL THEN null ELSE {props: properties(category), labels: labels(category)} END AS category,
				       label, kind, count""")
			.bindAll(params)
			.fetchAs(ConferralBucket.class)
			.mappedBy((types, r) -> new ConferralBucket(Node.of(r.get("award")), r.get("year").isNull() ? null : r.get("year").asInt(),
					Node.of(r.get("category")), r.get("label").isNull() ? null : r.get("label").asString(),
					r.get("kind").isNull() ? null : r.get("kind").asString(), r.get("count").asInt()))
			.all().stream().toList();
	}

	List<Count> organisationsByKind() {
		return neo4j.query("""
				MATCH (o:Organisation) WITH o.kind AS name, count(*) AS count
				ORDER BY count DESC, name RETURN name, count""")
			.fetchAs(Count.class)
			.mappedBy((types, r) -> new Count(r.get("name").asString(), r.get("count").asInt()))
			.all().stream().toList();
	}

	List<EntityCount> topHonoured(boolean includeUnits, int first) {
		Map<String, Object> params = new HashMap<>();
		params.put("includeUnits", includeUnits);
		params.put("first", first);
		return neo4j.query("""
				MATCH (c:Conferral)
				CALL (c) {
				  MATCH (c)-[:RECIPIENT]->(holder:Organisation) RETURN holder
				  UNION
				  MATCH (c)-[:RECIPIENT]->(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(holder:Organisation) RETURN holder
				}
				CALL (holder) {
				  RETURN holder AS credited
				  UNION
				  MATCH (holder)-[:PART_OF*1..6]->(credited:Organisation) WHERE $includeUnits RETURN credited
				}
				WITH credited, count(DISTINCT c) AS count
				ORDER BY count DESC, credited.name, credited.id LIMIT $first
				RETURN {props: properties(credited), labels: labels(credited)} AS entity, count""")
			.bindAll(params)
			.fetchAs(EntityCount.class)
			.mappedBy((types, r) -> new EntityCount(Node.of(r.get("entity")), r.get("count").asInt()))
			.all().stream().toList();
	}

	List<EntityCount> topCoApplicants(int first) {
		return neo4j.query("""
				MATCH (o:Organisation)<-[:LEAD_APPLICANT|CO_APPLICANT]-(:Project)-[:LEAD_APPLICANT|CO_APPLICANT]->(x:Organisation)
				WHERE x <> o
				WITH o, count(DISTINCT x) AS count
				ORDER BY count DESC, o.name, o.id LIMIT $first
				RETURN {props: properties(o), labels: labels(o)} AS entity, count""")
			.bind(first).to("first")
			.fetchAs(EntityCount.class)
			.mappedBy((types, r) -> new EntityCount(Node.of(r.get("entity")), r.get("count").asInt()))
			.all().stream().toList();
	}

	List<YearCount> eventsByYear() {
		return neo4j.query("""
				MATCH (e:Event) WHERE e.startDate IS NOT NULL
				WITH toInteger(substring(e.startDate, 0, 4)) AS year, count(*) AS count
				ORDER BY year RETURN year, count""")
			.fetchAs(YearCount.class)
			.mappedBy((types, r) -> new YearCount(r.get("year").asInt(), r.get("count").asInt()))
			.all().stream().toList();
	}

	record ConferralBucket(Node award, Integer year, Node category, String recipientLabel, String organisationKind,
			int count) {
	}

	record Count(String name, int count) {
	}

	record EntityCount(Node entity, int count) {
	}

	record YearCount(int year, int count) {
	}
}
