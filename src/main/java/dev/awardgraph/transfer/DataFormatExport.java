package dev.awardgraph.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.search.NameKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The graph as a dataset in the {@code data/} format that loads back to the same graph hash: {@code sources.yaml},
 * {@code entities/<label>.yaml}, {@code facts/<type>.yaml}, each sorted. A relationship is written as the
 * reference field the loader would expand it from (a Conferral's {@code recipient:}, a Project's ordered
 * {@code coApplicants:}) exactly when that expansion reproduces it — same sources as the node, {@code order} as
 * the list position — and as an explicit relationship record otherwise. What the loader derives ({@code keys},
 * {@code searchText}, a Conferral's name when none was given) is left out, so it is derived again identically.
 */
@Component
class DataFormatExport {

	private static final Logger log = LoggerFactory.getLogger(DataFormatExport.class);
	private static final Set<String> DERIVED = Set.of("id", "keys", "searchText");
	private static final Set<String> LEADING = Set.of("name", "aliases", "nameEn", "kind");

	private final NameKeys nameKeys;

	DataFormatExport(NameKeys nameKeys) {
		this.nameKeys = nameKeys;
	}

	/** @return path (e.g. {@code entities/organisations.yaml}) → UTF-8 YAML text, sorted by path */
	SortedMap<String, String> files(GraphSnapshot graph) {
		Map<String, GraphSnapshot.Node> byId = new LinkedHashMap<>();
		graph.nodes().forEach(n -> byId.put(n.id(), n));
		Map<String, List<GraphSnapshot.Edge>> out = new TreeMap<>();
		Map<String, List<GraphSnapshot.Edge>> in = new TreeMap<>();
		for (GraphSnapshot.Edge edge : graph.edges()) {
			out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
			in.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge);
		}
		Set<GraphSnapshot.Edge> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, List<Map<String, Object>>> nodeFiles = new TreeMap<>();
		for (GraphSnapshot.Node node : graph.nodes()) {
			Map<String, Object> record = nodeRecord(node, byId, out, in, claimed);
			nodeFiles.computeIfAbsent(nodeFile(node.label()), k -> new ArrayList<>()).add(record);
		}
		Map<String, List<Map<String, Object>>> factFiles = new TreeMap<>();
		for (GraphSnapshot.Edge edge : graph.edges()) {
			if (!claimed.contains(edge)) {
				factFiles.computeIfAbsent("facts/" + edge.type().toLowerCase().replace('_', '-') + ".yaml",
						k -> new ArrayList<>()).add(edgeRecord(edge));
			}
		}
		SortedMap<String, String> files = new TreeMap<>();
		nodeFiles.forEach((path, records) -> files.put(path, ExportYaml.dump("# " + records.size() + " "
				+ records.get(0).get("label") + " nodes, sorted by id (awardgraph export; format: docs/data-format.md)\n",
				"nodes", records)));
		factFiles.forEach((path, records) -> files.put(path, ExportYaml.dump("# " + records.size() + " "
				+ records.get(0).get("type") + " relationships, sorted (awardgraph export; format: docs/data-format.md)\n",
				"relationships", records)));
		return files;
	}

	private Map<String, Object> nodeRecord(GraphSnapshot.Node node, Map<String, GraphSnapshot.Node> byId,
			Map<String, List<GraphSnapshot.Edge>> out, Map<String, List<GraphSnapshot.Edge>> in,
			Set<GraphSnapshot.Edge> claimed) {
		Map<String, Object> props = node.properties();
		NodeType type = GraphModel.node(node.label()).orElse(null);
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", node.id());
		record.put("label", node.label());
		boolean derivedName = derivedName(node);
		if (props.get("name") != null && !derivedName) {
			record.put("name", props.get("name"));
		}
		if (!Values.strings(props.get("aliases")).isEmpty()) {
			record.put("aliases", props.get("aliases"));
		}
		putIfPresent(record, "nameEn", props.get("nameEn"));
		putIfPresent(record, "kind", props.get("kind"));
		List<String> ordered = new ArrayList<>(type == null ? List.of() : type.properties().keySet());
		new TreeSet<>(props.keySet()).stream().filter(k -> !ordered.contains(k)).forEach(ordered::add);
		for (String key : ordered) {
			if (!DERIVED.contains(key) && !LEADING.contains(key) && !key.equals("sources") && props.containsKey(key)) {
				if (type != null && !type.properties().containsKey(key)) {
					log.warn("{} has property '{}' that the data/ format does not know; the export will not load", node.id(), key);
				}
				record.put(key, props.get(key));
			}
		}
		List<GraphSnapshot.Edge> claimedHere = new ArrayList<>();
		if (type != null) {
			references(node, type, byId, out, in, claimed, record, claimedHere);
		}
		if (!Values.strings(props.get("sources")).isEmpty()) {
			record.put("sources", props.get("sources"));
		}
		if (derivedName) {
			checkDerivedName(node, byId, out.getOrDefault(node.id(), List.of()), claimedHere, claimed);
		}
		return record;
	}

	private void references(GraphSnapshot.Node node, NodeType type, Map<String, GraphSnapshot.Node> byId,
			Map<String, List<GraphSnapshot.Edge>> out, Map<String, List<GraphSnapshot.Edge>> in,
			Set<GraphSnapshot.Edge> claimed, Map<String, Object> record, List<GraphSnapshot.Edge> claimedHere) {
		List<String> sources = Values.strings(node.properties().get("sources"));
		for (String field : new TreeSet<>(type.references().keySet())) {
			NodeType.Reference ref = type.references().get(field);
			boolean listed = ref.type().equals("LISTED_IN");
			List<GraphSnapshot.Edge> candidates = new ArrayList<>();
			for (GraphSnapshot.Edge edge : (ref.incoming() ? in : out).getOrDefault(node.id(), List.of())) {
				GraphSnapshot.Node other = byId.get(ref.incoming() ? edge.from() : edge.to());
				Set<String> keys = edge.properties().keySet();
				boolean shape = ref.ordered() ? keys.equals(Set.of("sources", "order"))
						: listed ? Set.of("sources", "order").containsAll(keys) && keys.contains("sources")
								: keys.equals(Set.of("sources"));
				if (!claimed.contains(edge) && edge.type().equals(ref.type()) && other != null
						&& ref.targets().contains(other.label()) && shape
						&& sources.equals(Values.strings(edge.properties().get("sources")))) {
					candidates.add(edge);
				}
			}
			if (candidates.isEmpty()) {
				continue;
			}
			if (ref.ordered()) {
				candidates.sort(Comparator.comparing(e -> ((Number) e.properties().get("order")).longValue()));
				boolean positions = true;
				for (int i = 0; i < candidates.size(); i++) {
					positions &= ((Number) candidates.get(i).properties().get("order")).longValue() == i + 1;
				}
				if (!positions) {
					continue; // not 1..n: explicit records keep every order as it is
				}
			}
			else if (!ref.many()) {
				candidates = List.of(candidates.get(0));
			}
			else if (node.label().equals(GraphModel.CONFERRAL)) {
				// a derived Conferral name lists recipients in reference order; keep the order it shows
				String name = String.valueOf(node.properties().get("name"));
				candidates.sort(Comparator.comparingInt((GraphSnapshot.Edge e) -> position(name, byId.get(e.to())))
					.thenComparing(GraphSnapshot.Edge::to));
			}
			List<String> targets = candidates.stream().map(e -> ref.incoming() ? e.from() : e.to()).toList();
			record.put(field, ref.ordered() || targets.size() > 1 ? targets : targets.get(0));
			if (listed && candidates.get(0).properties().containsKey("order")) {
				record.put("order", candidates.get(0).properties().get("order"));
			}
			claimed.addAll(candidates);
			claimedHere.addAll(candidates);
		}
	}

	/** The loader names an unnamed Conferral; its keys then come from aliases and English name only. */
	private boolean derivedName(GraphSnapshot.Node node) {
		if (!node.label().equals(GraphModel.CONFERRAL) || node.properties().get("name") == null) {
			return false;
		}
		Object keys = node.properties().get("keys");
		List<String> aliases = Values.strings(node.properties().get("aliases"));
		Object nameEn = node.properties().get("nameEn");
		return keys(null, aliases, nameEn).equals(keys) && !keys(node.properties().get("name"), aliases, nameEn).equals(keys);
	}

	private List<String> keys(Object name, List<String> aliases, Object nameEn) {
		List<String> names = new ArrayList<>();
		if (name != null) {
			names.add((String) name);
		}
		names.addAll(aliases);
		if (nameEn != null) {
			names.add((String) nameEn);
		}
		List<String> keys = new ArrayList<>();
		names.stream().distinct().map(nameKeys::key).filter(k -> !keys.contains(k)).forEach(keys::add);
		return keys;
	}

	/** What the loader will derive from this export: year · award · category · recipients, references first. */
	private static void checkDerivedName(GraphSnapshot.Node node, Map<String, GraphSnapshot.Node> byId,
			List<GraphSnapshot.Edge> outgoing, List<GraphSnapshot.Edge> claimedHere, Set<GraphSnapshot.Edge> claimed) {
		List<String> parts = new ArrayList<>();
		if (node.properties().get("year") != null) {
			parts.add(String.valueOf(node.properties().get("year")));
		}
		for (String type : List.of("OF_AWARD", "IN_CATEGORY", "RECIPIENT")) {
			claimedHere.stream().filter(e -> e.type().equals(type)).forEach(e -> parts.add(name(byId, e.to())));
			outgoing.stream().filter(e -> e.type().equals(type) && !claimed.contains(e)).forEach(e -> parts.add(name(byId, e.to())));
		}
		String derived = String.join(" · ", parts);
		if (!derived.equals(node.properties().get("name"))) {
			log.warn("{}: its derived name '{}' will be derived as '{}' from the export", node.id(), node.properties().get("name"),
					derived);
		}
	}

	private static String name(Map<String, GraphSnapshot.Node> byId, String id) {
		GraphSnapshot.Node node = byId.get(id);
		return String.valueOf(node == null ? null : node.properties().get("name"));
	}

	private static int position(String text, GraphSnapshot.Node node) {
		int at = node == null ? -1 : text.indexOf(String.valueOf(node.properties().get("name")));
		return at < 0 ? Integer.MAX_VALUE : at;
	}

	private static Map<String, Object> edgeRecord(GraphSnapshot.Edge edge) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("from", edge.from());
		record.put("type", edge.type());
		record.put("to", edge.to());
		new TreeMap<>(edge.properties()).forEach((key, value) -> {
			if (!key.equals("sources")) {
				record.put(key, value);
			}
		});
		putIfPresent(record, "sources", edge.properties().get("sources"));
		return record;
	}

	private static void putIfPresent(Map<String, Object> record, String key, Object value) {
		if (value != null) {
			record.put(key, value);
		}
	}

	/** Source → sources.yaml, AwardCategory → entities/award-categories.yaml. */
	static String nodeFile(String label) {
		if (label.equals(GraphModel.SOURCE)) {
			return "sources.yaml";
		}
		String kebab = label.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
		String plural = kebab.equals("person") ? "people" : kebab.endsWith("y") ? kebab.substring(0, kebab.length() - 1) + "ies"
				: kebab + "s";
		return "entities/" + plural + ".yaml";
	}
}
