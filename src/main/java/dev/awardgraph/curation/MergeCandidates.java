package dev.awardgraph.curation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.search.NameKeys;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Pairs of entities that may be one: the same normalised name or alias, or one name (four characters or more)
 * inside the other. The pairs that can be are found first, and one statement ({@link CurationRepository}) decides
 * and orders them: for one entity, by queries of the {@code entity_keys} index; for a label, by looking up each
 * entity's keys and their parts among the label's keys. Comparing every pair in Cypher, as before, took 6-8 s for
 * 2,000 entities and did not finish in 30 s for the whole 1M graph (docs/benchmarks.md). A label of more than
 * {@code awardgraph.curation.max-candidate-label} entities is refused with a message that names the way that answers.
 */
@Service
class MergeCandidates {

	/** Shortest key that counts as a name inside another: shorter ones (中国, 北京) are inside too many. */
	static final int NESTED_MIN = 4;

	private final CurationRepository repository;
	private final EntityRepository entities;
	private final long maxEntities;

	MergeCandidates(CurationRepository repository, EntityRepository entities,
			@Value("${awardgraph.curation.max-candidate-label:50000}") long maxEntities) {
		this.repository = repository;
		this.entities = entities;
		this.maxEntities = maxEntities;
	}

	List<Candidate> of(String label, String id, int first) {
		if (id != null) {
			if (label != null) {
				throw new IllegalArgumentException("give label or id, not both: the candidates of an entity are of its label");
			}
			Node entity = entities.findByIds(List.of(id)).stream().findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no entity with id '" + id + "'"));
			if (entity.label().equals(GraphModel.SOURCE) || entity.label().equals(GraphModel.CONFERRAL)) {
				throw new IllegalArgumentException(id + " is a " + entity.label() + "; sources and conferrals have no merge candidates");
			}
			@SuppressWarnings("unchecked")
			List<String> keys = (List<String>) entity.properties().getOrDefault("keys", List.of());
			return explained(repository.candidatesOf(id, terms(keys), first));
		}
		List<String> labels = label != null ? List.of(label) : GraphModel.labels().stream()
			.filter(l -> !l.equals(GraphModel.SOURCE) && !l.equals(GraphModel.CONFERRAL)).toList();
		Set<List<String>> pairs = new LinkedHashSet<>();
		for (String l : labels) {
			long count = entities.countByLabel(l, null);
			if (count > maxEntities) {
				throw new IllegalArgumentException("mergeCandidates reads the names of every entity of a label, and there are "
						+ count + " of label " + l + " (at most " + maxEntities + "); ask for one entity's candidates with id");
			}
			pairs.addAll(pairs(repository.keysOf(l)));
		}
		return explained(repository.candidatesAmong(List.copyOf(pairs), first));
	}

	/**
	 * Every pair of these entities (id → keys) that shares a key or has a key of {@value #NESTED_MIN} or more
	 * characters inside another's, as {@code [smaller id, larger id]}: keys looked up by each other key and by each
	 * part of a key, so the work grows with the entities and the length of their names, not with their pairs.
	 */
	static Set<List<String>> pairs(Map<String, List<String>> keysById) {
		Map<String, List<String>> idsByKey = new HashMap<>();
		keysById.forEach((id, keys) -> keys.forEach(k -> idsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(id)));
		Set<List<String>> pairs = new LinkedHashSet<>();
		keysById.forEach((id, keys) -> {
			for (String key : keys) {
				for (String other : idsByKey.get(key)) {
					pair(pairs, id, other);
				}
				for (String part : parts(key)) {
					idsByKey.getOrDefault(part, List.of()).forEach(other -> pair(pairs, id, other));
				}
			}
		});
		return pairs;
	}

	private static void pair(Set<List<String>> pairs, String a, String b) {
		int order = a.compareTo(b);
		if (order != 0) {
			pairs.add(order < 0 ? List.of(a, b) : List.of(b, a));
		}
	}

	/**
	 * The index queries that find every entity sharing a key with these or nested with one: each key as a term, each
	 * key of {@value #NESTED_MIN} or more characters inside a wildcard (keys containing it), and each part of such a
	 * key of that length or more as a term (keys inside it).
	 */
	static List<String> terms(List<String> keys) {
		Set<String> terms = new LinkedHashSet<>();
		for (String key : keys) {
			terms.add(NameKeys.escape(key));
			if (key.length() >= NESTED_MIN) {
				terms.add("*" + NameKeys.escape(key) + "*");
			}
			parts(key).forEach(part -> terms.add(NameKeys.escape(part)));
		}
		return List.copyOf(terms);
	}

	/** The parts of a key a shorter key of {@value #NESTED_MIN} or more characters can be: its shorter substrings. */
	private static List<String> parts(String key) {
		List<String> parts = new ArrayList<>();
		for (int from = 0; from + NESTED_MIN <= key.length(); from++) {
			for (int to = from + NESTED_MIN; to <= key.length(); to++) {
				if (to - from < key.length()) {
					parts.add(key.substring(from, to));
				}
			}
		}
		return parts;
	}

	private static List<Candidate> explained(List<CurationRepository.Candidate> found) {
		return found.stream().map(c -> {
			List<String> reasons = new ArrayList<>();
			if (!c.sharedKeys().isEmpty()) {
				reasons.add("same name or alias once case, width, traditional/simplified characters and punctuation are folded: "
						+ String.join(", ", c.sharedKeys()));
			}
			if (!c.nestedKeys().isEmpty()) {
				reasons.add("one name contains the other: " + String.join(", ", c.nestedKeys()));
			}
			if (c.sameParent()) {
				reasons.add("same parent organisation");
			}
			return new Candidate(c.a(), c.b(), reasons);
		}).toList();
	}

	record Candidate(Node a, Node b, List<String> reasons) {
	}
}
