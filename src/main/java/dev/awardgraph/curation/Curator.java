package dev.awardgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.security.Caller;
import dev.awardgraph.support.Sha256;

import org.springframework.stereotype.Service;

/**
 * Creates and changes entities, and adds conferrals with their projects. Each change is validated completely,
 * then written with its audit entry in one transaction: a refused change writes nothing, an accepted one is never
 * half-written; every change cites a source. Relationships: {@link RelationshipCurator}; what all changes share:
 * {@link Changes}.
 */
@Service
class Curator {

	/** Properties curation manages itself rather than taking them as PropertyInput. */
	private static final Set<String> RESERVED = Set.of("id", "label", "name", "aliases", "nameEn", "kind", "sources",
			"note", "keys", "searchText", "order");

	private final CurationRepository repository;
	private final AuditLog audit;
	private final Changes changes;

	Curator(CurationRepository repository, AuditLog audit, Changes changes) {
		this.repository = repository;
		this.audit = audit;
		this.changes = changes;
	}

	Payloads.EntityPayload createEntity(Inputs.NewEntity in, Inputs.SourceInput source, String reason, Caller caller) {
		Checks checks = changes.checks(Stream.of(source.id()));
		NodeType type = GraphModel.node(in.label()).orElseThrow();
		if (type.label().equals(GraphModel.CONFERRAL) || type.label().equals(GraphModel.SOURCE)) {
			checks.add("input.label", type.label().equals(GraphModel.CONFERRAL) ? "use addConferral for a Conferral"
					: "sources are created from the source argument of a change");
		}
		Map<String, Object> props = nodeProperties(checks, "input", type, in.name(), in.aliases(), in.nameEn(), in.kind(),
				in.note(), in.properties(), true);
		String id = in.id() != null ? checkedId(checks, type, in.id()) : null;
		Changes.SourcePlan plan = changes.source(checks, source);
		if (!checks.ok()) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		String newId = id != null ? id : newId(type.idPrefix(), in.nameEn(), in.name());
		props.put("id", newId);
		props.put("sources", List.of(plan.id()));
		changes.write(() -> {
			plan.create();
			repository.create(type.label(), props);
			audit.record(caller.name(), "CREATE_ENTITY", List.of(newId), Map.of("after", props), reason, plan.id());
		});
		return Payloads.EntityPayload.of(changes.entity(newId));
	}

	Payloads.EntityPayload updateEntity(String id, Inputs.EntityChanges in, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = changes.checks(Stream.of(id, source.id()));
		Node before = checks.entity("id", id);
		Changes.SourcePlan plan = changes.source(checks, source);
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
		Checks checks = changes.checks(Stream.of(id, source.id()));
		Node before = checks.entity("id", id);
		List<String> added = checks.texts("aliases", aliases);
		if (aliases != null && aliases.isEmpty()) {
			checks.add("aliases", "give at least one alias");
		}
		Changes.SourcePlan plan = changes.source(checks, source);
		if (before == null) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		List<String> all = new ArrayList<>(aliases(before));
		added.stream().filter(a -> !all.contains(a) && !a.equals(before.get("name"))).forEach(all::add);
		Map<String, Object> props = new TreeMap<>();
		props.put("aliases", all);
		changes.derived(props, (String) before.get("name"), all, (String) before.get("nameEn"));
		Node sameName = repository.sameName(before.label(), changes.keys(added), before.id());
		if (sameName != null) {
			checks.add("aliases", "a name given is already used by " + sameName.id() + " (" + sameName.get("name")
					+ "); if they are the same, merge them (mergeEntities)");
		}
		return update(checks, before, props, plan, "ADD_ALIASES", reason, caller);
	}

	Payloads.EntityPayload addConferral(Inputs.NewConferral in, Inputs.SourceInput source, String reason, Caller caller) {
		Inputs.NewProject project = in.project();
		List<String> coApplicants = project == null || project.coApplicants() == null ? List.of() : project.coApplicants();
		Checks checks = changes.checks(Stream.concat(Stream.of(in.award(), in.category(), in.list(), in.event(), in.recipient(),
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
		Changes.SourcePlan plan = changes.source(checks, source);
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
		changes.derived(conferral, name, List.of(), null);
		conferral.put("sources", List.of(plan.id()));
		Map<String, Object> newProject = projectProps;
		changes.write(() -> {
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
		return Payloads.EntityPayload.of(changes.entity(conferralId));
	}

	// ---------------------------------------------------------------------------------------------------------

	private Payloads.EntityPayload update(Checks checks, Node before, Map<String, Object> props, Changes.SourcePlan plan,
			String action, String reason, Caller caller) {
		if (!checks.ok()) {
			return Payloads.EntityPayload.refused(checks.errors());
		}
		Set<String> sources = new LinkedHashSet<>(before.sourceIds());
		sources.add(plan.id());
		props.put("sources", List.copyOf(sources));
		Map<String, Object> was = new TreeMap<>();
		props.keySet().forEach(k -> was.put(k, before.get(k)));
		changes.write(() -> {
			plan.create();
			repository.update(before.id(), props);
			audit.record(caller.name(), action, List.of(before.id()), Map.of("before", was, "after", props), reason, plan.id());
		});
		return Payloads.EntityPayload.of(changes.entity(before.id()));
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
		Changes.putIfPresent(props, "nameEn", cleanNameEn);
		Changes.putIfPresent(props, "kind", checks.kind(field + ".kind", type, kind, isNew));
		Changes.putIfPresent(props, "note", checks.text(field + ".note", note, false));
		props.putAll(checks.properties(field + ".properties", properties, type.properties(), RESERVED));
		if (cleanName != null) {
			changes.derived(props, cleanName, cleanAliases, cleanNameEn);
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
				: Sha256.hex(name).substring(0, 10));
		String id = base;
		for (int n = 2; repository.exists(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	@SuppressWarnings("unchecked")
	private static List<String> aliases(Node node) {
		Object aliases = node.get("aliases");
		return aliases instanceof List<?> list ? (List<String>) list : List.of();
	}

}
