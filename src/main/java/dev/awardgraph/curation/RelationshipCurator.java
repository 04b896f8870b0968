package dev.awardgraph.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.RelationshipType;
import dev.awardgraph.relationship.Direction;
import dev.awardgraph.relationship.Edge;
import dev.awardgraph.security.Caller;

import org.springframework.stereotype.Service;

/**
 * Adds, corrects and removes single relationships. A relationship is named by its type, its two ends and, where
 * there are several, the properties that tell them apart; a fact stated again by a second source cites both.
 */
@Service
class RelationshipCurator {

	private final CurationRepository repository;
	private final AuditLog audit;
	private final Changes changes;

	RelationshipCurator(CurationRepository repository, AuditLog audit, Changes changes) {
		this.repository = repository;
		this.audit = audit;
		this.changes = changes;
	}

	Payloads.RelationshipPayload addRelationship(Inputs.NewRelationship in, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = changes.checks(Stream.of(in.from(), in.to(), source.id()));
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
		Changes.SourcePlan plan = changes.source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		Map<String, Object> stored = new TreeMap<>(props);
		changes.write(() -> {
			plan.create();
			CurationRepository.Stored same = repository.between(in.from(), in.type(), in.to()).stream()
				.filter(r -> r.sameFactAs(props)).findFirst().orElse(null);
			if (same != null) {
				Set<String> sources = new LinkedHashSet<>(Changes.sources(same.properties()));
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
		return new Payloads.RelationshipPayload(new Edge(in.type(),
				Direction.OUTGOING, changes.entity(in.to()), stored), List.of());
	}

	Payloads.RelationshipPayload updateRelationship(Inputs.RelationshipRef ref, List<Inputs.PropertyInput> set,
			Inputs.SourceInput source, String reason, Caller caller) {
		Checks checks = changes.checks(Stream.of(ref.from(), ref.to(), source.id()));
		RelationshipType type = relationshipType(checks, ref);
		Map<String, Object> updates = new TreeMap<>();
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
			updates.putAll(checks.properties("set", values, type.properties(), Set.of("sources")));
			removed.stream().filter(k -> !type.properties().containsKey(k) || k.equals("sources"))
				.forEach(k -> checks.add("set." + k, "unknown property; allowed: " + new java.util.TreeSet<>(type.properties().keySet())));
		}
		CurationRepository.Stored target = type == null ? null : oneRelationship(checks, ref, type);
		Changes.SourcePlan plan = changes.source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		Map<String, Object> after = new TreeMap<>(target.properties());
		after.putAll(updates);
		removed.forEach(after::remove);
		Set<String> sources = new LinkedHashSet<>(Changes.sources(target.properties()));
		sources.add(plan.id());
		after.put("sources", List.copyOf(sources));
		changes.write(() -> {
			plan.create();
			repository.replaceRelationshipProperties(target.elementId(), after);
			audit.record(caller.name(), "UPDATE_RELATIONSHIP", List.of(ref.from(), ref.to()),
					Map.of("type", ref.type(), "before", target.properties(), "after", after), reason, plan.id());
		});
		return new Payloads.RelationshipPayload(edge(ref, after), List.of());
	}

	Payloads.RelationshipPayload removeRelationship(Inputs.RelationshipRef ref, Inputs.SourceInput source, String reason,
			Caller caller) {
		Checks checks = changes.checks(Stream.of(ref.from(), ref.to(), source.id()));
		checks.text("reason", reason, true);
		RelationshipType type = relationshipType(checks, ref);
		CurationRepository.Stored target = type == null ? null : oneRelationship(checks, ref, type);
		Changes.SourcePlan plan = changes.source(checks, source);
		if (!checks.ok()) {
			return new Payloads.RelationshipPayload(null, checks.errors());
		}
		changes.write(() -> {
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

	private Edge edge(Inputs.RelationshipRef ref, Map<String, Object> properties) {
		return new Edge(ref.type(), Direction.OUTGOING, changes.entity(ref.to()),
				properties);
	}
}
