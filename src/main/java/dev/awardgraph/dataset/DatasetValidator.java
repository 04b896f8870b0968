package dev.awardgraph.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.model.PropertyType;
import dev.awardgraph.model.RelationshipType;
import dev.awardgraph.search.NameKeys;

import org.springframework.stereotype.Component;

/**
 * Checks raw records against {@link GraphModel} and turns them into rows. Collects every problem (file and
 * record named) instead of stopping at the first, so one run of the loader tells a curator all that is wrong.
 */
@Component
class DatasetValidator {

	private static final Pattern ID = Pattern.compile("[a-z]+/[a-z0-9][a-z0-9._-]*");
	private static final Set<String> NODE_FIELDS = Set.of("id", "label", "name", "aliases", "nameEn", "kind",
			"sources", "note", "order");
	private static final Set<String> REL_FIELDS = Set.of("from", "type", "to", "sources");

	private final NameKeys nameKeys;

	DatasetValidator(NameKeys nameKeys) {
		this.nameKeys = nameKeys;
	}

	Dataset validate(List<DatasetFile> files, List<String> problems) {
		Map<String, Located> nodes = new LinkedHashMap<>();
		for (DatasetFile file : files) {
			for (int i = 0; i < file.nodes().size(); i++) {
				Located node = new Located(file.path() + ": nodes[" + i + "]", file.nodes().get(i));
				String id = text(node.raw.get("id"));
				if (id == null) {
					problems.add(node.where + ": missing 'id'");
					continue;
				}
				Located earlier = nodes.putIfAbsent(id, node);
				if (earlier != null) {
					problems.add(node.where + ": duplicate id '" + id + "' (first defined at " + earlier.where + ")");
				}
			}
		}
		Map<String, String> labels = new HashMap<>();
		nodes.forEach((id, node) -> labels.put(id, text(node.raw.get("label"))));

		List<Dataset.NodeRow> nodeRows = new ArrayList<>();
		List<Dataset.RelationshipRow> relRows = new ArrayList<>();
		Set<String> seenRelationships = new HashSet<>();
		Map<String, Located> relSites = new HashMap<>();
		nodes.forEach((id, node) -> {
			Dataset.NodeRow row = node(id, node, labels, problems, relRows, relSites, seenRelationships);
			if (row != null) {
				nodeRows.add(row);
			}
		});
		for (DatasetFile file : files) {
			for (int i = 0; i < file.relationships().size(); i++) {
				Located rel = new Located(file.path() + ": relationships[" + i + "]", file.relationships().get(i));
				relationship(rel, labels, problems, relRows, relSites, seenRelationships);
			}
		}
		checkSharedNames(nodeRows, nodes, problems);
		nameConferrals(nodeRows, relRows);
		return new Dataset(nodeRows, relRows);
	}

	private Dataset.NodeRow node(String id, Located node, Map<String, String> labels, List<String> problems,
			List<Dataset.RelationshipRow> relRows, Map<String, Located> relSites, Set<String> seen) {
		String where = node.where + " (" + id + ")";
		String label = labels.get(id);
		NodeType type = label == null ? null : GraphModel.node(label).orElse(null);
		if (type == null) {
			problems.add(where + ": unknown label '" + label + "' (expected one of " + GraphModel.labels() + ")");
			return null;
		}
		if (!ID.matcher(id).matches() || !id.startsWith(type.idPrefix())) {
			problems.add(where + ": id must look like '" + type.idPrefix() + "lowercase-ascii-slug'");
		}
		Map<String, Object> props = new TreeMap<>();
		props.put("id", id);
		String name = text(node.raw.get("name"));
		if (name == null && !label.equals(GraphModel.CONFERRAL)) {
			problems.add(where + ": missing 'name'");
		}
		String control = name == null ? null : PropertyType.controlCharacter(name);
		if (control != null) {
			problems.add(where + ": 'name' " + control);
		}
		if (name != null) {
			props.put("name", name);
		}
		List<String> aliases = strings(node.raw.get("aliases"), where + ": 'aliases'", problems);
		props.put("aliases", aliases);
		optionalText(node.raw, "nameEn", where, problems, props);
		optionalText(node.raw, "note", where, problems, props);
		String kind = text(node.raw.get("kind"));
		if (type.hasKinds() && (kind == null || !type.kinds().contains(kind))) {
			problems.add(where + ": 'kind' must be one of " + new java.util.TreeSet<>(type.kinds()) + ", not '" + kind + "'");
		}
		else if (!type.hasKinds() && kind != null) {
			problems.add(where + ": a " + label + " has no 'kind'");
		}
		if (kind != null) {
			props.put("kind", kind);
		}
		List<String> sources = sources(node.raw.get("sources"), where, labels, problems, !label.equals(GraphModel.SOURCE));
		props.put("sources", sources);
		Map<String, Object> refProps = new TreeMap<>();
		if (node.raw.containsKey("order")) {
			checkType(PropertyType.INT, node.raw.get("order"), where + ": 'order'", problems);
			refProps.put("order", node.raw.get("order"));
		}
		node.raw.forEach((key, value) -> {
			if (NODE_FIELDS.contains(key)) {
				return;
			}
			NodeType.Reference ref = type.references().get(key);
			PropertyType propertyType = type.properties().get(key);
			if (ref != null) {
				references(id, key, ref, value, where, labels, sources, refProps, problems, relRows, relSites, seen);
			}
			else if (propertyType != null) {
				Object normalised = normalise(propertyType, value);
				if (checkType(propertyType, normalised, where + ": '" + key + "'", problems)) {
					props.put(key, normalised);
				}
			}
			else {
				problems.add(where + ": unknown field '" + key + "' for a " + label + " (properties: "
						+ type.properties().keySet() + ", references: " + type.references().keySet() + ")");
			}
		});
		if (node.raw.containsKey("order") && !node.raw.containsKey("list")) {
			problems.add(where + ": 'order' is the position in a 'list'; give the list too");
		}
		props.put("keys", nameKeys.keys(names(name, aliases, text(node.raw.get("nameEn")))));
		props.put("searchText", String.join("\n", names(name, aliases, text(node.raw.get("nameEn")))));
		return new Dataset.NodeRow(id, label, props);
	}

	@SuppressWarnings("unchecked")
	private void references(String id, String field, NodeType.Reference ref, Object value, String where,
			Map<String, String> labels, List<String> sources, Map<String, Object> refProps, List<String> problems,
			List<Dataset.RelationshipRow> relRows, Map<String, Located> relSites, Set<String> seen) {
		List<Object> targets = value instanceof List<?> list ? (List<Object>) list : List.of(value);
		if (!ref.many() && value instanceof List<?>) {
			problems.add(where + ": '" + field + "' takes one id, not a list");
			return;
		}
		for (int i = 0; i < targets.size(); i++) {
			String target = text(targets.get(i));
			String targetLabel = target == null ? null : labels.get(target);
			if (targetLabel == null) {
				problems.add(where + ": '" + field + "' refers to unknown id '" + targets.get(i) + "'");
				continue;
			}
			if (!ref.targets().contains(targetLabel)) {
				problems.add(where + ": '" + field + "' must refer to a " + ref.targets() + ", but '" + target + "' is a "
						+ targetLabel);
				continue;
			}
			Map<String, Object> props = new TreeMap<>();
			props.put("sources", sources);
			if (ref.ordered()) {
				props.put("order", i + 1);
			}
			if (ref.type().equals("LISTED_IN") && refProps.containsKey("order")) {
				props.put("order", refProps.get("order"));
			}
			String from = ref.incoming() ? target : id;
			String to = ref.incoming() ? id : target;
			add(new Dataset.RelationshipRow(from, ref.type(), to, props), where, relRows, relSites, seen, problems);
		}
	}

	private void relationship(Located rel, Map<String, String> labels, List<String> problems,
			List<Dataset.RelationshipRow> rows, Map<String, Located> relSites, Set<String> seen) {
		String from = text(rel.raw.get("from"));
		String to = text(rel.raw.get("to"));
		String typeName = text(rel.raw.get("type"));
		String where = rel.where + " (" + from + " " + typeName + " " + to + ")";
		RelationshipType type = typeName == null ? null : GraphModel.relationship(typeName).orElse(null);
		if (type == null) {
			problems.add(where + ": unknown relationship type '" + typeName + "' (expected one of "
					+ GraphModel.relationshipTypes() + ")");
			return;
		}
		String fromLabel = labels.get(from);
		String toLabel = labels.get(to);
		if (fromLabel == null || toLabel == null) {
			problems.add(where + ": unknown reference '" + (fromLabel == null ? from : to) + "'");
			return;
		}
		if (!type.joins(fromLabel, toLabel)) {
			problems.add(where + ": " + typeName + " joins " + type.from() + " to " + type.to() + ", not " + fromLabel
					+ " to " + toLabel);
			return;
		}
		Map<String, Object> props = new TreeMap<>();
		props.put("sources", sources(rel.raw.get("sources"), where, labels, problems, true));
		rel.raw.forEach((key, value) -> {
			if (REL_FIELDS.contains(key)) {
				return;
			}
			PropertyType propertyType = type.properties().get(key);
			if (propertyType == null) {
				problems.add(where + ": unknown property '" + key + "' for " + typeName + " (allowed: "
						+ type.properties().keySet() + ")");
				return;
			}
			Object normalised = normalise(propertyType, value);
			if (checkType(propertyType, normalised, where + ": '" + key + "'", problems)) {
				props.put(key, normalised);
			}
		});
		add(new Dataset.RelationshipRow(from, typeName, to, props), where, rows, relSites, seen, problems);
	}

	private static void add(Dataset.RelationshipRow row, String where, List<Dataset.RelationshipRow> rows,
			Map<String, Located> relSites, Set<String> seen, List<String> problems) {
		Map<String, Object> identity = new TreeMap<>(row.properties());
		identity.remove("sources");
		String key = row.from() + "|" + row.type() + "|" + row.to() + "|" + identity;
		if (!seen.add(key)) {
			problems.add(where + ": duplicate relationship " + row.from() + " " + row.type() + " " + row.to()
					+ " (also at " + relSites.get(key).where + "); give it once with all its sources");
			return;
		}
		relSites.put(key, new Located(where, Map.of()));
		rows.add(row);
	}

	/** A conferral needs no name in the data: "2025 世界互联网大会领先科技奖 · 关键技术 · GLM 大模型…" says it. */
	private static void nameConferrals(List<Dataset.NodeRow> nodes, List<Dataset.RelationshipRow> rels) {
		Map<String, Object> names = new HashMap<>();
		nodes.forEach(n -> names.put(n.id(), n.properties().get("name")));
		// relationships grouped by their start, in dataset order: one pass, not one scan per conferral (a large
		// graph has tens of thousands of conferrals and hundreds of thousands of relationships)
		Map<String, List<Dataset.RelationshipRow>> outgoing = new HashMap<>();
		rels.forEach(r -> outgoing.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r));
		for (Dataset.NodeRow node : nodes) {
			if (!node.label().equals(GraphModel.CONFERRAL) || node.properties().containsKey("name")) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			if (node.properties().get("year") != null) {
				parts.add(String.valueOf(node.properties().get("year")));
			}
			List<Dataset.RelationshipRow> own = outgoing.getOrDefault(node.id(), List.of());
			for (String type : List.of("OF_AWARD", "IN_CATEGORY", "RECIPIENT")) {
				own.stream().filter(r -> r.type().equals(type))
					.forEach(r -> parts.add(String.valueOf(names.get(r.to()))));
			}
			node.properties().put("name", String.join(" · ", parts));
		}
	}

	/** Two entities of one label answering to the same name are almost always one entity entered twice. */
	private void checkSharedNames(List<Dataset.NodeRow> rows, Map<String, Located> nodes, List<String> problems) {
		Map<String, String> owner = new HashMap<>();
		for (Dataset.NodeRow row : rows) {
			@SuppressWarnings("unchecked")
			List<String> keys = (List<String>) row.properties().get("keys");
			for (String key : keys) {
				String other = owner.putIfAbsent(row.label() + "|" + key, row.id());
				if (other != null && !other.equals(row.id())) {
					problems.add(nodes.get(row.id()).where + " (" + row.id() + "): name or alias '" + key
							+ "' is also used by '" + other + "'; merge them into one entity or drop the alias");
				}
			}
		}
	}

	private static List<String> sources(Object value, String where, Map<String, String> labels, List<String> problems,
			boolean required) {
		List<String> ids = strings(value, where + ": 'sources'", problems);
		if (required && ids.isEmpty()) {
			problems.add(where + ": missing 'sources' (every fact cites the document it comes from)");
		}
		for (String id : ids) {
			if (!GraphModel.SOURCE.equals(labels.get(id))) {
				problems.add(where + ": source '" + id + "' is not a Source id in data/sources.yaml");
			}
		}
		return ids;
	}

	private static Object normalise(PropertyType type, Object value) {
		// an unquoted year parses as a number; a DATE means the text
		if ((type == PropertyType.DATE || type == PropertyType.DATETIME) && value instanceof Integer year) {
			return String.valueOf(year);
		}
		if (type == PropertyType.NUMBER && value instanceof Integer i) {
			return i.doubleValue();
		}
		return value;
	}

	private static boolean checkType(PropertyType type, Object value, String where, List<String> problems) {
		String problem = type.check(value);
		if (problem != null) {
			problems.add(where + " " + problem + " (got '" + value + "')");
		}
		return problem == null;
	}

	private static void optionalText(Map<String, Object> raw, String key, String where, List<String> problems,
			Map<String, Object> props) {
		if (raw.containsKey(key) && checkType(PropertyType.STRING, raw.get(key), where + ": '" + key + "'", problems)) {
			props.put(key, raw.get(key));
		}
	}

	private static List<String> strings(Object value, String where, List<String> problems) {
		if (value == null) {
			return List.of();
		}
		String wrong = PropertyType.STRINGS.check(value);
		if (wrong != null) {
			problems.add(where + " " + wrong);
			return List.of();
		}
		return ((List<?>) value).stream().map(String.class::cast).map(String::strip).toList();
	}

	private static List<String> names(String name, List<String> aliases, String nameEn) {
		List<String> all = new ArrayList<>();
		if (name != null) {
			all.add(name);
		}
		all.addAll(aliases);
		if (nameEn != null) {
			all.add(nameEn);
		}
		return all.stream().filter(Objects::nonNull).distinct().toList();
	}

	private static String text(Object value) {
		return value instanceof String s && !s.isBlank() ? s.strip() : null;
	}

	private record Located(String where, Map<String, Object> raw) {
	}
}
