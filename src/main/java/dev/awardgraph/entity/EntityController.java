package dev.awardgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.awardgraph.support.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class EntityController {

	private final EntityRepository entities;
	private final Limits limits;

	EntityController(EntityRepository entities, Limits limits) {
		this.entities = entities;
		this.limits = limits;
	}

	@QueryMapping
	Node entity(@Argument String id) {
		return entities.findByIds(List.of(id)).stream().findFirst().orElse(null);
	}

	/** In the order asked, null where an id is unknown. */
	@QueryMapping
	List<Node> entities(@Argument List<String> ids) {
		limits.pageSize(ids.size());
		Map<String, Node> found = entities.findByIds(ids).stream().collect(Collectors.toMap(Node::id, Function.identity()));
		return ids.stream().map(found::get).toList();
	}

	@QueryMapping
	EntityPage list(@Argument String label, @Argument String kind, @Argument Integer first, @Argument Integer offset) {
		int size = limits.pageSize(first);
		int skip = limits.offset(offset);
		return new EntityPage(entities.countByLabel(label, kind), entities.findByLabel(label, kind, size, skip));
	}

	record EntityPage(long totalCount, List<Node> items) {
	}
}
