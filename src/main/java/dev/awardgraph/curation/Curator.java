package dev.awardgraph.curation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.model.PropertyType;
import dev.awardgraph.model.RelationshipType;
import dev.awardgraph.search.NameKeys;
import dev.awardgraph.security.Caller;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Validates a change completely, then writes it and its audit entry in one transaction: a refused change
 * writes nothing, an accepted one is never half-written. Every change cites a source.
 */
@Service
class Curator {

	/** Properties curation manages itself rather than taking them as PropertyInput. */
	private static final Set<String> RESERVED = Set.of("id", "label", "name", "aliases", "nameEn", "kind", "sources",
			"note", "keys", "searchText", "order");

	private final CurationRepository repository;
	private final EntityRepository entities;
	private final AuditLog audit;
	private final NameKeys nameKeys;
	private final TransactionTemplate transaction;

	Curator(CurationRepository repository, EntityRepository entities, AuditLog audit, NameKeys nameKeys,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.entities = entities;
		this.audit = audit;
		this.nameKeys = nameKeys;
		this.transaction = new TransactionTemplate(transactions);
	}

	Payloads.EntityPayload createEntity(Inputs.NewEntity in, Inputs.SourceInput source, String reason, Caller caller) {
		Checks checks = checks(Stream.of(source.id()));
		NodeType type = GraphModel.node(in.label()).orElseThrow();
		if (type.label().equals(GraphModel.CONFERRAL) || type.label().equals(GraphModel.SOURCE)) {
			checks.add("input.label", type.label().equals(GraphModel.CONFERRAL) ? "use addConferral for a Conferral"
					: "sources are created from the source argument of a change");
		}
		Map<String, Object> props = nodeProperties(checks, "input", type, in.name(), in.aliases(), in.nameEn(), in.kind(),
				in.note(), in.properties(), true);
		String id = in.id() != null ? checkedId(checks, type, in.id()) : null;
		SourcePlan plan = source(checks, source);
		if (!checks.ok()) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		String newId = id != null ? id : newId(type.idPrefix(), in.nameEn(), in.name());
		props.put("id", newId);
		props.put("sources", List.of(plan.id()));
		write(() -> {
			plan.create();
			repository.create(type.label(), props);
			audit.record(caller.name(), "CREATE_ENTITY", List.of(newId), Map.of("after", props), reason, plan.id());
		});
		return Payloads.EntityPayload.of(entity(newId));
	}

	Payloads.EntityPayload updateEntity(String id, Inputs.EntityChanges in, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = checks(Stream.of(id, source.id()));
		Node before = checks.entity("id", id);
		SourcePlan plan = source(checks, source);
		if (before == null) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		NodeType type = GraphModel.node(before.label()).orElseThrow();
		Map<String, Object> props = nodeProperties(checks, "changes", type,
				in.name() != null ? in.name() : (String) before.get("name"), aliases(before),
				in.nameEn() != null ? in.nameEn() : (String) before.get("nameEn"), in.kind() != null ? in.kind() : (String) before.get("kind"),
				in.note() != null ? in.note() : (String) before.get("note"), in.properties(), false);
		excludeSelf(checks, before, props);
		return update(checks, before, props, plan, "UPDATE_ENTITY", reason, caller);
	}

	Payloads.EntityPayload addAliases(String id, List<String> aliases, Inputs.SourceInput source, String reason, Caller caller) {
		Checks checks = checks(Stream.of(id, source.id()));
		Node before = checks.entity("id", id);
		List<String> added = checks.texts("aliases", aliases);
		if (aliases != null && aliases.isEmpty()) {
			checks.add("aliases", "give at least one alias");
		}
		SourcePlan plan = source(checks, source);
		if (before == null) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		List<String> all = new ArrayList<>(aliases(before));
		added.stream().filter(a -> !all.contains(a) && !a.equals(before.get("name"))).forEach(all::add);
		Map<String, Object> props = new TreeMap<>();
		props.put("aliases", all);
		derived(props, (String) before.get("name"), all, (String) before.get("nameEn"));
		Node sameName = repository.sameName(before.label(), nameKeys.keys(added), before.id());
		if (sameName != null) {
			checks.add("aliases", "a name given is already used by " + sameName.id() + " (" + sameName.get("name")
					+ "); if they are the same, merge them (mergeEntities)");
		}
		return update(checks, before, props, plan, "ADD_ALIASES", reason, caller);
	}

	Payloads.RelationshipPayload addRelationship(Inputs.NewRelationship in, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = checks(Stream.of(in.from(), in.to(), source.id()));
		RelationshipType type = GraphModel.relationship(in.type()).orElse(null);
		if (type == null) {
			checks.add("input.type", "unknown relationship type '" + in.type() + "'; known: " + GraphModel.relationshipTypes());
		}
		Node from = checks.entity("input.from", in.from());
		Node to = checks.entity("input.to", in.to());
		if (type != null && from != null && to != null && !type.joins(from.label(), to.label())) {
			checks.add("input.type", in.type() + " joins " + type.from() + " to " + type.to() + ", not " + from.label()
					+ " to " + to.label());
		}
		Map<String, Object> props = type == null ? Map.of()
				: checks.properties("input.properties", in.properties(), type.properties(), Set.of("sources"));
		SourcePlan plan = source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		Map<String, Object> stored = new TreeMap<>(props);
		write(() -> {
			plan.create();
			CurationRepository.Stored same = repository.between(in.from(), in.type(), in.to()).stream()
				.filter(r -> r.sameFactAs(props)).findFirst().orElse(null);
			if (same != null) {
				Set<String> sources = new LinkedHashSet<>(sources(same.properties()));
				sources.add(plan.id());
				repository.setRelationshipSources(same.elementId(), List.copyOf(sources));
				stored.putAll(same.properties());
				stored.put("sources", List.copyOf(sources));
			}
			else {
				stored.put("sources", List.of(plan.id()));
				repository.relate(in.from(), in.type(), in.to(), stored);
			}
			audit.record(caller.name(), same != null ? "CITE_RELATIONSHIP" : "ADD_RELATIONSHIP", List.of(in.from(), in.to()),
					Map.of("type", in.type(), "after", stored), reason, plan.id());
		});
		return new Payloads.RelationshipPayload(new dev.awardgraph.relationship.Edge(in.type(),
				dev.awardgraph.relationship.Direction.OUTGOING, entity(in.to()), stored), List.of());
	}

	Payloads.RelationshipPayload updateRelationship(Inputs.RelationshipRef ref, List<Inputs.PropertyInput> set,
			Inputs.SourceInput source, String reason, Caller caller) {
		Checks checks = checks(Stream.of(ref.from(), ref.to(), source.id()));
		RelationshipType type = relationshipType(checks, ref);
		Map<String, Object> changes = new TreeMap<>();
		List<String> removed = new ArrayList<>();
		if (type != null) {
			List<Inputs.PropertyInput> values = new ArrayList<>();
			for (Inputs.PropertyInput p : set) {
				if (p.value() == null && p.values() == null) {
					removed.add(p.key());
				}
				else {
					values.add(p);
				}
			}
			changes.putAll(checks.properties("set", values, type.properties(), Set.of("sources")));
			removed.stream().filter(k -> !type.properties().containsKey(k) || k.equals("sources"))
				.forEach(k -> checks.add("set." + k, "unknown property; allowed: " + new java.util.TreeSet<>(type.properties().keySet())));
		}
		CurationRepository.Stored target = type == null ? null : oneRelationship(checks, ref, type);
		SourcePlan plan = source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		Map<String, Object> after = new TreeMap<>(target.properties());
		after.putAll(changes);
		removed.forEach(after::remove);
		Set<String> sources = new LinkedHashSet<>(sources(target.properties()));
		sources.add(plan.id());
		after.put("sources", List.copyOf(sources));
		write(() -> {
			plan.create();
			repository.replaceRelationshipProperties(target.elementId(), after);
			audit.record(caller.name(), "UPDATE_RELATIONSHIP", List.of(ref.from(), ref.to()),
					Map.of("type", ref.type(), "before", target.properties(), "after", after), reason, plan.id());
		});
		return new Payloads.RelationshipPayload(edge(ref, after), List.of());
	}

	Payloads.RelationshipPayload removeRelationship(Inputs.RelationshipRef ref, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = checks(Stream.of(ref.from(), ref.to(), source.id()));
		checks.text("reason", reason, true);
		RelationshipType type = relationshipType(checks, ref);
		CurationRepository.Stored target = type == null ? null : oneRelationship(checks, ref, type);
		SourcePlan plan = source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		write(() -> {
			plan.create();
			repository.deleteRelationship(target.elementId());
			audit.record(caller.name(), "REMOVE_RELATIONSHIP", List.of(ref.from(), ref.to()),
					Map.of("type", ref.type(), "before", target.properties()), reason, plan.id());
		});
		return new Payloads.RelationshipPayload(edge(ref, target.properties()), List.of());
	}

	private RelationshipType relationshipType(Checks checks, Inputs.RelationshipRef ref) {
		checks.entity("relationship.from", ref.from());
		checks.entity("relationship.to", ref.to());
		RelationshipType type = GraphModel.relationship(ref.type()).orElse(null);
		if (type == null) {
			checks.add("relationship.type", "unknown relationship type '" + ref.type() + "'; known: " + GraphModel.relationshipTypes());
		}
		return type;
	}

	/** The one relationship the reference names, or a problem saying there is none or which to choose among. */
	private CurationRepository.Stored oneRelationship(Checks checks, Inputs.RelationshipRef ref, RelationshipType type) {
		Map<String, Object> match = checks.properties("relationship.match", ref.match(), type.properties(), Set.of("sources"));
		if (!checks.ok()) {
			return null;
		}
		List<CurationRepository.Stored> found = repository.between(ref.from(), ref.type(), ref.to()).stream()
			.filter(r -> match.entrySet().stream().allMatch(e -> Objects.equals(r.properties().get(e.getKey()), e.getValue())))
			.toList();
		if (found.size() != 1) {
			checks.add("relationship", found.isEmpty() ? "no " + ref.type() + " from " + ref.from() + " to " + ref.to()
					+ (match.isEmpty() ? "" : " with " + match)
					: found.size() + " relationships match; add match properties to name one");
			return null;
		}
		return found.get(0);
	}

	private dev.awardgraph.relationship.Edge edge(Inputs.RelationshipRef ref, Map<String, Object> properties) {
		return new dev.awardgraph.relationship.Edge(ref.type(), dev.awardgraph.relationship.Direction.OUTGOING, entity(ref.to()),
				properties);
	}

	Payloads.EntityPayload addConferral(Inputs.NewConferral in, Inputs.SourceInput source, String reason, Caller caller) {
		Inputs.NewProject project = in.project();
		List<String> coApplicants = project == null || project.coApplicants() == null ? List.of() : project.coApplicants();
		Checks checks = checks(Stream.concat(Stream.of(in.award(), in.category(), in.list(), in.event(), in.recipient(),
				source.id(), project == null ? null : project.lead()), coApplicants.stream()));
		Node award = checks.entity("input.award", in.award(), GraphModel.AWARD);
		Node category = checks.entity("input.category", in.category(), GraphModel.CATEGORY);
		checks.entity("input.list", in.list(), GraphModel.LIST);
		checks.entity("input.event", in.event(), GraphModel.EVENT);
		Node recipient = checks.entity("input.recipient", in.recipient(), GraphModel.ORGANISATION, GraphModel.PERSON, GraphModel.PROJECT);
		if ((in.recipient() == null) == (project == null)) {
			checks.add("input.recipient", "give either recipient (an existing entity) or project (a new one), not both or neither");
		}
		if (in.order() != null && in.list() == null) {
			checks.add("input.order", "is the position in a list; give the list too");
		}
		if (in.year() != null && (in.year() < 1900 || in.year() > 2200)) {
			checks.add("input.year", "must be a year, not " + in.year());
		}
		Map<String, Object> projectProps = null;
		if (project != null) {
			NodeType projectType = GraphModel.node(GraphModel.PROJECT).orElseThrow();
			projectProps = nodeProperties(checks, "input.project", projectType, project.name(), List.of(), project.nameEn(),
					project.kind(), null, null, true);
			checks.entity("input.project.lead", project.lead(), GraphModel.ORGANISATION);
			for (int i = 0; i < coApplicants.size(); i++) {
				checks.entity("input.project.coApplicants[" + i + "]", coApplicants.get(i), GraphModel.ORGANISATION);
			}
			if (new LinkedHashSet<>(coApplicants).size() != coApplicants.size() || coApplicants.contains(project.lead())) {
				checks.add("input.project.coApplicants", "an organisation appears twice (or is also the lead applicant)");
			}
		}
		SourcePlan plan = source(checks, source);
		if (!checks.ok()) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		String recipientName = recipient != null ? (String) recipient.get("name") : project.name().strip();
		String projectId = project == null ? null : newId("proj/", project.nameEn(), project.name());
		String recipientId = recipient != null ? recipient.id() : projectId;
		Map<String, Object> conferral = new TreeMap<>();
		String name = Stream.of(in.year() == null ? null : String.valueOf(in.year()), (String) award.get("name"),
				category == null ? null : (String) category.get("name"), recipientName)
			.filter(Objects::nonNull).collect(Collectors.joining(" · "));
		String conferralId = newId("conf/", null, name);
		conferral.put("id", conferralId);
		conferral.put("name", name);
		conferral.put("aliases", List.of());
		if (in.year() != null) {
			conferral.put("year", in.year());
		}
		derived(conferral, name, List.of(), null);
		conferral.put("sources", List.of(plan.id()));
		Map<String, Object> newProject = projectProps;
		write(() -> {
			plan.create();
			List<String> touched = new ArrayList<>(List.of(conferralId, recipientId));
			if (newProject != null) {
				newProject.put("id", projectId);
				newProject.put("sources", List.of(plan.id()));
				repository.create(GraphModel.PROJECT, newProject);
				repository.relate(projectId, "LEAD_APPLICANT", project.lead(), Map.of("sources", List.of(plan.id())));
				touched.add(project.lead());
				for (int i = 0; i < coApplicants.size(); i++) {
					repository.relate(projectId, "CO_APPLICANT", coApplicants.get(i), Map.of("order", i + 1, "sources", List.of(plan.id())));
					touched.add(coApplicants.get(i));
				}
			}
			repository.create(GraphModel.CONFERRAL, conferral);
			Map<String, Object> cited = Map.of("sources", List.of(plan.id()));
			repository.relate(conferralId, "OF_AWARD", in.award(), cited);
			repository.relate(conferralId, "RECIPIENT", recipientId, cited);
			if (in.category() != null) {
				repository.relate(conferralId, "IN_CATEGORY", in.category(), cited);
			}
			if (in.event() != null) {
				repository.relate(conferralId, "PRESENTED_AT", in.event(), cited);
			}
			if (in.list() != null) {
				Map<String, Object> listed = new TreeMap<>(cited);
				if (in.order() != null) {
					listed.put("order", in.order());
				}
				repository.relate(conferralId, "LISTED_IN", in.list(), listed);
			}
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.put("conferral", conferral);
			changes.put("input", in);
			audit.record(caller.name(), "ADD_CONFERRAL", touched, changes, reason, plan.id());
		});
		return Payloads.EntityPayload.of(entity(conferralId));
	}

	// ---------------------------------------------------------------------------------------------------------

	private Payloads.EntityPayload update(Checks checks, Node before, Map<String, Object> props, SourcePlan plan,
			String action, String reason, Caller caller) {
		if (!checks.ok()) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		Set<String> sources = new LinkedHashSet<>(before.sourceIds());
		sources.add(plan.id());
		props.put("sources", List.copyOf(sources));
		Map<String, Object> was = new TreeMap<>();
		props.keySet().forEach(k -> was.put(k, before.get(k)));
		write(() -> {
			plan.create();
			repository.update(before.id(), props);
			audit.record(caller.name(), action, List.of(before.id()), Map.of("before", was, "after", props), reason, plan.id());
		});
		return Payloads.EntityPayload.of(entity(before.id()));
	}

	/** Common and typed properties of a node, with the derived search keys. */
	private Map<String, Object> nodeProperties(Checks checks, String field, NodeType type, String name, List<String> aliases,
			String nameEn, String kind, String note, List<Inputs.PropertyInput> properties, boolean isNew) {
		Map<String, Object> props = new TreeMap<>();
		String cleanName = checks.text(field + ".name", name, true);
		List<String> cleanAliases = checks.texts(field + ".aliases", aliases).stream().filter(a -> !a.equals(cleanName)).toList();
		String cleanNameEn = checks.text(field + ".nameEn", nameEn, false);
		props.put("name", cleanName);
		props.put("aliases", cleanAliases);
		putIfPresent(props, "nameEn", cleanNameEn);
		putIfPresent(props, "kind", checks.kind(field + ".kind", type, kind, isNew));
		putIfPresent(props, "note", checks.text(field + ".note", note, false));
		props.putAll(checks.properties(field + ".properties", properties, type.properties(), RESERVED));
		if (cleanName != null) {
			derived(props, cleanName, cleanAliases, cleanNameEn);
			if (isNew) {
				Node sameName = repository.sameName(type.label(), (List<String>) props.get("keys"), null);
				if (sameName != null) {
					checks.add(field + ".name", "a " + type.label() + " named so already exists: " + sameName.id() + " ("
							+ sameName.get("name") + "); add to it instead, or choose a distinguishing name");
				}
			}
		}
		return props;
	}

	private void excludeSelf(Checks checks, Node before, Map<String, Object> props) {
		@SuppressWarnings("unchecked")
		List<String> keys = (List<String>) props.get("keys");
		if (keys != null) {
			Node other = repository.sameName(before.label(), keys, before.id());
			if (other != null) {
				checks.add("changes.name", "a " + before.label() + " named so already exists: " + other.id());
			}
		}
	}

	private void derived(Map<String, Object> props, String name, List<String> aliases, String nameEn) {
		List<String> names = Stream.concat(Stream.concat(Stream.of(name), aliases.stream()), Stream.ofNullable(nameEn))
			.distinct().toList();
		props.put("keys", nameKeys.keys(names));
		props.put("searchText", String.join("\n", names));
	}

	private String checkedId(Checks checks, NodeType type, String id) {
		if (!id.matches("[a-z]+/[a-z0-9][a-z0-9._-]*") || !id.startsWith(type.idPrefix())) {
			checks.add("input.id", "must look like '" + type.idPrefix() + "lowercase-ascii-slug'");
			return null;
		}
		if (repository.exists(id)) {
			checks.add("input.id", "'" + id + "' is taken");
			return null;
		}
		return id;
	}

	/** A readable id from the English name when there is one, else a stable digest of the name; never taken. */
	private String newId(String prefix, String nameEn, String name) {
		String slug = nameEn == null ? "" : nameEn.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		String base = prefix + (slug.length() >= 2 ? slug.substring(0, Math.min(60, slug.length())).replaceAll("-$", "")
				: digest(name).substring(0, 10));
		String id = base;
		for (int n = 2; repository.exists(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** The source of a change: an existing Source, or a new one created in the change's transaction. */
	private SourcePlan source(Checks checks, Inputs.SourceInput in) {
		if (in.id() != null) {
			Node existing = checks.entity("source.id", in.id(), GraphModel.SOURCE);
			return new SourcePlan(existing == null ? null : existing.id(), null);
		}
		String title = checks.text("source.title", in.title(), true);
		String url = checks.text("source.url", in.url(), false);
		String reference = checks.text("source.reference", in.reference(), false);
		if (url == null && reference == null) {
			checks.add("source", "give a url or a reference, so that the fact can be checked");
		}
		if (url != null && !url.matches("https?://\\S+")) {
			checks.add("source.url", "must be an http(s) URL");
		}
		if (in.date() != null && PropertyType.DATE.check(in.date()) != null) {
			checks.add("source.date", PropertyType.DATE.check(in.date()));
		}
		NodeType type = GraphModel.node(GraphModel.SOURCE).orElseThrow();
		String kind = in.kind() != null ? checks.kind("source.kind", type, in.kind(), true) : url != null ? "WEB_PAGE" : "REPORT";
		String id = "src/" + digest(title + "|" + url + "|" + reference).substring(0, 12);
		Map<String, Object> props = new TreeMap<>();
		props.put("id", id);
		props.put("name", title);
		props.put("title", title);
		props.put("aliases", List.of());
		props.put("sources", List.of(id));
		putIfPresent(props, "kind", kind);
		putIfPresent(props, "publisher", checks.text("source.publisher", in.publisher(), false));
		putIfPresent(props, "url", url);
		putIfPresent(props, "reference", reference);
		putIfPresent(props, "date", in.date());
		if (title != null) {
			derived(props, title, List.of(), null);
		}
		return new SourcePlan(id, props);
	}

	private final class SourcePlan {
		private final String id;
		private final Map<String, Object> newSource;

		SourcePlan(String id, Map<String, Object> newSource) {
			this.id = id;
			this.newSource = newSource;
		}

		String id() {
			return id;
		}

		void create() {
			if (newSource != null && !repository.exists(id)) {
				repository.create(GraphModel.SOURCE, newSource);
			}
		}
	}

	private Checks checks(Stream<String> referencedIds) {
		List<String> ids = referencedIds.filter(Objects::nonNull).distinct().toList();
		return new Checks(entities.findByIds(ids).stream().collect(Collectors.toMap(Node::id, Function.identity())));
	}

	private void write(Runnable change) {
		transaction.executeWithoutResult(status -> change.run());
	}

	private Node entity(String id) {
		return entities.findByIds(List.of(id)).stream().findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static List<String> aliases(Node node) {
		Object aliases = node.get("aliases");
		return aliases instanceof List<?> list ? (List<String>) list : List.of();
	}

	private static List<String> sources(Map<String, Object> props) {
		return dev.awardgraph.source.Cited.sourceIds(props);
	}


	private static void putIfPresent(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
