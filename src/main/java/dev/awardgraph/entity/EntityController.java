package dev.awardgraph.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.relationship.EdgePrefetch;
import dev.awardgraph.support.Limits;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;

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
	Node entity(@Argument String id, DataFetchingEnvironment env) {
		return fetch(List.of(id), env).get(id);
	}

	/** In the order asked, null where an id is unknown. */
	@QueryMapping
	List<Node> entities(@Argument List<String> ids, DataFetchingEnvironment env) {
		limits.pageSize(ids.size());
		Map<String, Node> found = fetch(ids, env);
		return ids.stream().map(found::get).toList();
	}

	/** The entities, with what the query asks of them next read in the same statement. */
	private Map<String, Node> fetch(List<String> ids, DataFetchingEnvironment env) {
		EdgePrefetch prefetch = EdgePrefetch.of(env);
		Map<String, Node> found = new HashMap<>();
		for (Value entity : entities.fetch(ids, prefetch)) {
			Node node = prefetch.prime(env, entity);
			found.put(node.id(), node);
		}
		return found;
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
