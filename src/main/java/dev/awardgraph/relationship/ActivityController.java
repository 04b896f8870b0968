package dev.awardgraph.relationship;

import java.util.List;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.support.Connection;
import dev.awardgraph.support.Limits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** What an entity, or an organisation with everything below it, took part in. */
@Controller
class ActivityController {

	private final EdgeRepository edges;
	private final EntityRepository entities;
	private final Limits limits;

	ActivityController(EdgeRepository edges, EntityRepository entities, Limits limits) {
		this.edges = edges;
		this.entities = entities;
		this.limits = limits;
	}

	@QueryMapping
	ActivityConnection activities(@Argument String id, @Argument boolean includeUnits, @Argument List<String> types,
			@Argument Integer first, @Argument String after) {
		Connection.Window window = Connection.Window.of(first, after, limits);
		if (types != null) {
			types.forEach(t -> GraphModel.relationship(t).orElseThrow(() -> new IllegalArgumentException(
					"unknown relationship type '" + t + "'; known types: " + GraphModel.relationshipTypes())));
		}
		if (entities.findByIds(List.of(id)).isEmpty()) {
			throw new IllegalArgumentException("no entity with id '" + id + "'");
		}
		EdgeRepository.Activities page = edges.activities(id, includeUnits, types, window.offset(), window.size());
		Connection<EdgeRepository.Activity> connection = Connection.of(page.items(), page.total(), window);
		return new ActivityConnection(connection.totalCount(), connection.pageInfo(), connection.edges().stream()
			.map(e -> new ActivityEdge(e.cursor(), e.node().holder(), e.node().relationship()))
			.toList());
	}

	record ActivityConnection(long totalCount, Connection.PageInfo pageInfo, List<ActivityEdge> edges) {
	}

	record ActivityEdge(String cursor, Node holder, Edge relationship) {
	}
}
