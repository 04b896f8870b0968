package dev.awardgraph.curation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.audit.AuditLog;
import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.search.NameKeys;
import dev.awardgraph.security.Caller;
import dev.awardgraph.source.Cited;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges an entity found twice into one: the duplicate's relationships move to the kept entity (a relationship it
 * already has gains the duplicate's sources instead), its names become aliases, its sources are kept; then the
 * duplicate is deleted. One transaction, with an audit entry holding the duplicate as it was, so the merge can be
 * explained and, by hand, undone.
 */
@Service
class Merger {

	private final CurationRepository repository;
	private final EntityRepository entities;
	private final AuditLog audit;
	private final NameKeys nameKeys;
	private final TransactionTemplate transaction;

	Merger(CurationRepository repository, EntityRepository entities, AuditLog audit, NameKeys nameKeys,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.entities = entities;
		this.audit = audit;
		this.nameKeys = nameKeys;
		this.transaction = new TransactionTemplate(transactions);
	}

	Payloads.MergePayload merge(String keepId, String duplicateId, String reason, Caller caller) {
		Checks checks = new Checks(entities.findByIds(Stream.of(keepId, duplicateId).distinct().toList()).stream()
			.collect(Collectors.toMap(Node::id, Function.identity())));
		Node keep = checks.entity("keep", keepId);
		Node duplicate = checks.entity("duplicate", duplicateId);
		checks.text("reason", reason, true);
		if (keepId.equals(duplicateId)) {
			checks.add("duplicate", "is the same entity as keep");
		}
		else if (keep != null && duplicate != null && !keep.label().equals(duplicate.label())) {
			checks.add("duplicate", "is a " + duplicate.label() + " and keep a " + keep.label() + "; only entities of one label merge");
		}
		else if (duplicate != null && duplicate.label().equals(GraphModel.SOURCE)) {
			// facts cite sources by id: deleting the duplicate would leave their citations pointing at nothing
			checks.add("duplicate", "is a source document; sources are not merged (the facts citing it would lose their citation)");
		}
		if (!checks.ok()) {
			return new Payloads.MergePayload(null, 0, checks.errors());
		}
		int moved = transaction.execute(status -> {
			int count = 0;
			for (CurationRepository.Touching r : repository.relationshipsOf(duplicateId)) {
				if (r.other().equals(keepId)) {
					continue; // a relationship between the two becomes a loop: dropped with the duplicate
				}
				String from = r.outgoing() ? keepId : r.other();
				String to = r.outgoing() ? r.other() : keepId;
				CurationRepository.Stored same = repository.between(from, r.type(), to).stream()
					.filter(s -> s.sameFactAs(r.properties())).findFirst().orElse(null);
				if (same != null) {
					repository.setRelationshipSources(same.elementId(), union(Cited.sourceIds(same.properties()), Cited.sourceIds(r.properties())));
				}
				else {
					repository.relate(from, r.type(), to, r.properties());
				}
				count++;
			}
			repository.update(keepId, mergedProperties(keep, duplicate));
			repository.delete(duplicateId);
			Map<String, Object> changes = new LinkedHashMap<>();
			changes.put("kept", keep.properties());
			changes.put("duplicate", duplicate.properties());
			changes.put("movedRelationships", count);
			audit.record(caller.name(), "MERGE", List.of(keepId, duplicateId), changes, reason, null);
			return count;
		});
		return new Payloads.MergePayload(entities.findByIds(List.of(keepId)).get(0), moved, List.of());
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> mergedProperties(Node keep, Node duplicate) {
		Map<String, Object> merged = new TreeMap<>();
		duplicate.properties().forEach((k, v) -> {
			if (!keep.properties().containsKey(k)) {
				merged.put(k, v);
			}
		});
		String name = (String) keep.get("name");
		Set<String> aliases = new LinkedHashSet<>((List<String>) keep.properties().getOrDefault("aliases", List.of()));
		aliases.add((String) duplicate.get("name"));
		aliases.addAll((List<String>) duplicate.properties().getOrDefault("aliases", List.of()));
		aliases.remove(name);
		merged.put("aliases", List.copyOf(aliases));
		merged.put("sources", union(keep.sourceIds(), duplicate.sourceIds()));
		String nameEn = (String) (keep.get("nameEn") != null ? keep.get("nameEn") : duplicate.get("nameEn"));
		List<String> names = Stream.concat(Stream.concat(Stream.of(name), aliases.stream()), Stream.ofNullable(nameEn)).distinct().toList();
		merged.put("keys", nameKeys.keys(names));
		merged.put("searchText", String.join("\n", names));
		return merged;
	}

	private static List<String> union(List<String> a, List<String> b) {
		Set<String> all = new LinkedHashSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

}
