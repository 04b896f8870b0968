package dev.awardgraph.relationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;
import dev.awardgraph.source.SourcePrefetch;
import dev.awardgraph.support.Selection;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;

/**
 * Reads the relationship fields a query asks of the entities a root field returns, two levels deep, in the same
 * statement that finds those entities, and primes the request's {@code edges} DataLoader with them. Each
 * statement is a Bolt round trip plus the server's fixed work (docs/benchmarks.md), so an entity page such as
 * {@code entity { parent { node } people { node } leadApplicantOf { node { coApplicants { node } } } }} costs one
 * statement instead of three. What is not prefetched (deeper levels) is still loaded in one batch per level.
 *
 * <p>The statement text is fixed ({@link #ENTITY_OF_N}); what the selection asks is passed as parameters
 * ({@link #parameters()}): for each group of relationship types and a direction, the GraphQL types that ask it and
 * the groups asked of the entities at the other end; and whether the entities' source documents are asked
 * ({@link SourcePrefetch}).
 */
public final class EdgePrefetch {

	/**
	 * A Cypher expression for the asked relationships of {@code n}, given the parameter {@code $prefetch}: a list
	 * with one map per relationship, in {@link EdgeRepository}'s order, each with the second level under
	 * {@code next}.
	 */
	private static final String EDGES_OF_N = """
			COLLECT {
			  UNWIND $prefetch AS g
			  WITH g WHERE any(l IN labels(n) WHERE l IN g.labels)
			  MATCH (n)-[r]-(m:Entity)
			  WHERE (g.types IS NULL OR type(r) IN g.types)
			    AND (g.direction = 'BOTH' OR (g.direction = 'OUTGOING') = (startNode(r) = n))
			  WITH g, r, m ORDER BY g.group, coalesce(r.order, 2147483647), type(r), m.name, m.id
			  RETURN {group: g.group, type: type(r), outgoing: startNode(r) = n, props: properties(r),
			          other: [k IN $keys | m[k]], labels: labels(m), next: COLLECT {
			    UNWIND g.next AS h
			    WITH h WHERE any(l IN labels(m) WHERE l IN h.labels)
			    MATCH (m)-[r2]-(m2:Entity)
			    WHERE (h.types IS NULL OR type(r2) IN h.types)
			      AND (h.direction = 'BOTH' OR (h.direction = 'OUTGOING') = (startNode(r2) = m))
			    WITH h, r2, m2 ORDER BY h.group, coalesce(r2.order, 2147483647), type(r2), m2.name, m2.id
			    RETURN {group: h.group, type: type(r2), outgoing: startNode(r2) = m, props: properties(r2),
			            other: [k IN $keys | m2[k]], labels: labels(m2)}
			  }}
			}""";

	/**
	 * A Cypher map for entity {@code n} with what the query asks of it, given {@link #parameters()}: the
	 * properties the request can read ({@link AskedProperties}) and its labels, its source documents when asked,
	 * and its asked relationships; read back by {@link #prime(DataFetchingEnvironment, Value)}.
	 */
	public static final String ENTITY_OF_N = "{props: [k IN $keys | n[k]], labels: labels(n), sources: "
			+ SourcePrefetch.SOURCES_OF_N + ", edges: " + EDGES_OF_N + "}";

	private final List<Group> groups;
	private final boolean sources;
	private final List<String> keys;

	private EdgePrefetch(List<Group> groups, boolean sources, List<String> keys) {
		this.groups = groups;
		this.sources = sources;
		this.keys = keys;
	}

	/** What the current field's selection asks of the entities it returns. */
	public static EdgePrefetch of(DataFetchingEnvironment env) {
		Selection selection = Selection.of(env);
		return new EdgePrefetch(groups(selection, 2), SourcePrefetch.asked(List.of(selection)), AskedProperties.of(env));
	}

	/** What a selection asks of the entities at the paths below the current field (e.g. edges/node and nodes). */
	public static EdgePrefetch of(DataFetchingEnvironment env, String... paths) {
		Selection selection = Selection.of(env);
		List<Group> groups = new ArrayList<>();
		List<Selection> entities = new ArrayList<>();
		for (String path : paths) {
			entities.addAll(selection.at(path));
		}
		entities.forEach(entity -> merge(groups, groups(entity, 2)));
		return new EdgePrefetch(groups, SourcePrefetch.asked(entities), AskedProperties.of(env));
	}

	/** The parameters of {@link #ENTITY_OF_N}: {@code $prefetch}, {@code $sources} and {@code $keys}. */
	public Map<String, Object> parameters() {
		return Map.of("prefetch", parameter(groups), "sources", sources, "keys", keys);
	}

	/**
	 * The entity {@link #ENTITY_OF_N} read, after putting what was read with it into the request's DataLoaders:
	 * every asked relationship key of the entity and of the entities at the other end gets its list, empty where
	 * nothing was found, and the source documents are there by id, so the fields that follow ask the database
	 * nothing.
	 */
	public Node prime(DataFetchingEnvironment env, Value entity) {
		Node node = AskedProperties.node(keys, entity.get("props"), entity.get("labels"));
		if (!groups.isEmpty()) {
			DataLoader<EdgeKey, List<Edge>> loader = env.getDataLoader(RelationshipWiring.LOADER);
			Map<EdgeKey, List<Edge>> found = new HashMap<>();
			prime(found, node, groups, entity.get("edges").asList(v -> v));
			found.forEach(loader::prime);
		}
		SourcePrefetch.prime(env, entity.get("sources").asList(Node::of));
		return node;
	}

	private void prime(Map<EdgeKey, List<Edge>> found, Node node, List<Group> groups, List<Value> rows) {
		// keys primed already (the node was reached twice) keep their list: the rows would be the same
		Set<EdgeKey> owned = new HashSet<>();
		for (Group group : groups) {
			EdgeKey key = group.key(node.id());
			if (group.labels().contains(node.label()) && found.putIfAbsent(key, new ArrayList<>()) == null) {
				owned.add(key);
			}
		}
		for (Value row : rows) {
			Group group = groups.get(row.get("group").asInt());
			Node other = AskedProperties.node(keys, row.get("other"), row.get("labels"));
			EdgeKey key = group.key(node.id());
			if (owned.contains(key)) {
				found.get(key).add(new Edge(row.get("type").asString(), Direction.of(row.get("outgoing").asBoolean()), other,
						row.get("props").asMap()));
			}
			if (!group.next().isEmpty() && !row.get("next").isNull()) {
				prime(found, other, group.next(), row.get("next").asList(v -> v));
			}
		}
	}

	/**
	 * One group: relationship types (null: all) in a direction, asked by fields of the GraphQL types in
	 * {@code labels} (each type is the label of the same name), with the groups asked of the other end.
	 */
	private record Group(List<String> types, Direction direction, Set<String> labels, List<Group> next) {

		EdgeKey key(String id) {
			return new EdgeKey(id, types, direction);
		}
	}

	private static List<Group> groups(Selection selection, int depth) {
		List<Group> groups = new ArrayList<>();
		if (depth == 0) {
			return groups;
		}
		for (Selection.Field field : selection.fields()) {
			// the object types that ask the same relationships share a group; the level below is read once
			Map<EdgeKey.Group, Set<String>> asked = new LinkedHashMap<>();
			for (String objectType : field.objectTypes()) {
				EdgeKey.Group key = asked(field, objectType);
				if (key != null) {
					asked.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(objectType);
				}
			}
			if (asked.isEmpty()) {
				continue;
			}
			List<Group> next = new ArrayList<>();
			field.selection().at("node").forEach(node -> merge(next, groups(node, depth - 1)));
			asked.forEach((key, labels) -> merge(groups, List.of(new Group(key.types(), key.direction(), labels, next))));
		}
		return groups;
	}

	/** The relationships a field asks of a GraphQL type, or null if it is not a relationship field there. */
	private static EdgeKey.Group asked(Selection.Field field, String objectType) {
		if (field.name().equals("relationships")) {
			@SuppressWarnings("unchecked")
			List<String> types = (List<String>) field.arguments().get("types");
			Object direction = field.arguments().get("direction");
			return new EdgeKey.Group(types == null ? null : List.copyOf(types),
					direction == null ? Direction.BOTH : Direction.valueOf(direction.toString()));
		}
		RelationshipFields.Field typed = RelationshipFields.find(objectType, field.name());
		return typed == null ? null : new EdgeKey.Group(typed.types(), typed.direction());
	}

	/** Adds groups to a list, joining those with the same types and direction. */
	private static void merge(List<Group> into, List<Group> groups) {
		for (Group group : groups) {
			int at = -1;
			for (int i = 0; i < into.size(); i++) {
				if (Objects.equals(into.get(i).types(), group.types()) && into.get(i).direction() == group.direction()) {
					at = i;
				}
			}
			if (at < 0) {
				into.add(group);
			}
			else {
				Group old = into.get(at);
				Set<String> labels = new LinkedHashSet<>(old.labels());
				labels.addAll(group.labels());
				List<Group> next = new ArrayList<>(old.next());
				merge(next, group.next());
				into.set(at, new Group(old.types(), old.direction(), labels, next));
			}
		}
	}

	private static List<Map<String, Object>> parameter(List<Group> groups) {
		List<Map<String, Object>> result = new ArrayList<>();
		for (Group group : groups) {
			Map<String, Object> g = new LinkedHashMap<>();
			g.put("group", result.size());
			g.put("types", group.types());
			g.put("direction", group.direction().name());
			g.put("labels", List.copyOf(group.labels()));
			g.put("next", parameter(group.next()));
			result.add(g);
		}
		return result;
	}
}
