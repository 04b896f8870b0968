package dev.awardgraph.curation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.model.NodeType;
import dev.awardgraph.model.PropertyType;
import dev.awardgraph.search.NameKeys;
import dev.awardgraph.support.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every curation change shares: the entities it refers to, loaded once for its checks; the source it cites
 * (an existing Source, or a new one created with the change); the write with its audit entry in one transaction
 * (joining the change's {@link CurationLock} transaction); and the derived search fields of a name.
 */
@Component
class Changes {

	private final CurationRepository repository;
	private final EntityRepository entities;
	private final NameKeys nameKeys;
	private final TransactionTemplate transaction;

	Changes(CurationRepository repository, EntityRepository entities, NameKeys nameKeys,
			PlatformTransactionManager transactions) {
		this.repository = repository;
		this.entities = entities;
		this.nameKeys = nameKeys;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The source of a change: an existing Source, or a new one created in the change's transaction. */
	SourcePlan source(Checks checks, Inputs.SourceInput in) {
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
		String id = "src/" + Sha256.hex(title + "|" + url + "|" + reference).substring(0, 12);
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

	final class SourcePlan {
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

	Checks checks(Stream<String> referencedIds) {
		List<String> ids = referencedIds.filter(Objects::nonNull).distinct().toList();
		return new Checks(entities.findByIds(ids).stream().collect(Collectors.toMap(Node::id, Function.identity())));
	}

	void write(Runnable change) {
		transaction.executeWithoutResult(status -> change.run());
	}

	Node entity(String id) {
		return entities.findByIds(List.of(id)).stream().findFirst().orElseThrow();
	}

	/** The normalised search keys of names, as stored in {@code keys}. */
	List<String> keys(List<String> names) {
		return nameKeys.keys(names);
	}

	/** The derived search fields of a name and its spellings, as the dataset loader writes them. */
	void derived(Map<String, Object> props, String name, List<String> aliases, String nameEn) {
		List<String> names = Stream.concat(Stream.concat(Stream.of(name), aliases.stream()), Stream.ofNullable(nameEn))
			.distinct().toList();
		props.put("keys", nameKeys.keys(names));
		props.put("searchText", String.join("\n", names));
	}

	static List<String> sources(Map<String, Object> props) {
		return dev.awardgraph.source.Cited.sourceIds(props);
	}

	static void putIfPresent(Map<String, Object> props, String key, Object value) {
		if (value != null) {
			props.put(key, value);
		}
	}
}
