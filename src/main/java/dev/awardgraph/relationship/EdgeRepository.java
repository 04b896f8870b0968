package dev.awardgraph.relationship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Relationships of many entities at once: one statement for a whole batch (no N+1). Ordered by the
 * relationship's {@code order} (co-applicants, list positions) and then by the other end's name.
 */
@Repository
class EdgeRepository {

	private final Neo4jClient neo4j;

	EdgeRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * The relationships asked for by every key of a batch, in one statement: the keys of one GraphQL level
	 * (parent, units, people, projects … of many entities) share a single round trip to the database. The
	 * entities at the other end are read with the properties the request can read ({@code properties}, see
	 * {@link AskedProperties}), as the prefetch reads them.
	 */
	Map<EdgeKey, List<Edge>> edges(Collection<EdgeKey> keys, List<String> properties) {
		Map<EdgeKey.Group, List<String>> groups = new LinkedHashMap<>();
		keys.forEach(key -> groups.computeIfAbsent(key.group(), g -> new ArrayList<>()).add(key.id()));
		List<EdgeKey.Group> order = List.copyOf(groups.keySet());
		List<Map<String, Object>> requests = new ArrayList<>();
		groups.forEach((group, ids) -> {
			Map<String, Object> request = new HashMap<>();
			request.put("group", requests.size()); // its position in order
			request.put("ids", ids);
			request.put("types", group.types());
			request.put("direction", group.direction().name());
			requests.add(request);
		});
		Map<EdgeKey, List<Edge>> byKey = new HashMap<>();
		neo4j.query("""
				UNWIND $requests AS g
				MATCH (n:Entity) WHERE n.id IN g.ids
				MATCH (n)-[r]-(m:Entity)
				WHERE (g.types IS NULL OR type(r) IN g.types)
				  AND (g.direction = 'BOTH' OR (g.direction = 'OUTGOING') = (startNode(r) = n))
				RETURN g.group AS group, n.id AS id, type(r) AS type, startNode(r) = n AS outgoing,
				       properties(r) AS props, %s AS other
				ORDER BY group, id, coalesce(r.order, 2147483647), type, m.name, m.id""".formatted(AskedProperties.projection("m")))
			.bindAll(Map.of("requests", requests, "keys", properties))
			.fetch().all()
			.forEach(row -> {
				EdgeKey.Group group = order.get(((Number) row.get("group")).intValue());
				@SuppressWarnings("unchecked")
				Node other = AskedProperties.node(properties, (Map<String, Object>) row.get("other"));
				@SuppressWarnings("unchecked")
				Edge edge = new Edge((String) row.get("type"),
						Direction.of(Boolean.TRUE.equals(row.get("outgoing"))), other,
						(Map<String, Object>) row.get("props"));
				byKey.computeIfAbsent(new EdgeKey((String) row.get("id"), group.types(), group.direction()),
						k -> new ArrayList<>()).add(edge);
			});
		return byKey;
	}

	/**
	 * Relationships of an entity and, with {@code includeUnits}, of the organisations below it (not the part-of
	 * links among them), newest first where dated; one page and the total.
	 */
	Activities activities(String id, boolean includeUnits, List<String> types, int offset, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		params.put("includeUnits", includeUnits);
		params.put("types", types);
		params.put("offset", offset);
		params.put("end", offset + size);
		return neo4j.query("""
				MATCH (root:Entity {id: $id})
				CALL (root) {
				  RETURN root AS holder
				  UNION
				  MATCH (holder:Organisation)-[:PART_OF*1..6]->(root) WHERE $includeUnits RETURN holder
				}
				WITH root, collect(holder) AS holders
				UNWIND holders AS holder
				MATCH (holder)-[r]-(other:Entity)
				WHERE ($types IS NULL OR type(r) IN $types)
				  AND NOT (type(r) = 'PART_OF' AND other IN holders)
				WITH holder, r, other, startNode(r) = holder AS outgoing,
				     coalesce(r.date, r.asOf, r.since, other.startDate, other.date, toString(other.year), '') AS dated
				ORDER BY dated DESC, type(r), other.name, holder.id, other.id
				WITH collect({holder: holder, r: r, other: other, outgoing: outgoing}) AS rows
				RETURN size(rows) AS total, [x IN rows[$offset..$end] | {
				  holder: {props: properties(x.holder), labels: labels(x.holder)},
				  type: type(x.r), outgoing: x.outgoing, props: properties(x.r),
				  other: {props: properties(x.other), labels: labels(x.other)}}] AS page""")
			.bindAll(params)
			.fetchAs(Activities.class)
			.mappedBy((t, r) -> new Activities(r.get("total").asLong(), r.get("page").asList(v -> new Activity(Node.of(v.get("holder")),
					new Edge(v.get("type").asString(), Direction.of(v.get("outgoing").asBoolean()),
							Node.of(v.get("other")), v.get("props").asMap())))))
			.one().orElse(new Activities(0, List.of()));
	}

	record Activities(long total, List<Activity> items) {
	}

	record Activity(Node holder, Edge relationship) {
	}
}
