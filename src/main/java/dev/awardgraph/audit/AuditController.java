package dev.awardgraph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.support.Connection;
import dev.awardgraph.support.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Who changed what, when and why: the audit log over GraphQL. */
@Controller
class AuditController {

	private final AuditLog log;
	private final EntityRepository entities;
	private final Limits limits;

	AuditController(AuditLog log, EntityRepository entities, Limits limits) {
		this.log = log;
		this.entities = entities;
		this.limits = limits;
	}

	@QueryMapping
	Connection<AuditLog.Entry> auditLog(@Argument String entity, @Argument Integer first, @Argument String after) {
		Connection.Window window = Connection.Window.of(first, after, limits);
		AuditLog.Page page = log.entries(entity, window.offset(), window.size());
		return Connection.of(page.entries(), page.total(), window);
	}

	/** One statement for the sources of a whole page of entries. */
	@BatchMapping(typeName = "AuditEntry")
	Map<AuditLog.Entry, Node> source(List<AuditLog.Entry> entries) {
		Map<String, Node> sources = entities.findByIds(entries.stream().map(AuditLog.Entry::sourceId).filter(Objects::nonNull)
			.distinct().toList()).stream().collect(Collectors.toMap(Node::id, Function.identity()));
		Map<AuditLog.Entry, Node> result = new HashMap<>();
		entries.forEach(e -> {
			if (e.sourceId() != null && sources.containsKey(e.sourceId())) {
				result.put(e, sources.get(e.sourceId()));
			}
		});
		return result;
	}
}
