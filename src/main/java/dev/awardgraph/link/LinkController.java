package dev.awardgraph.link;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.model.GraphModel;
import dev.awardgraph.support.Limits;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * How entities are linked: paths between two, what two have in common, the neighbourhood of one. Unknown ids
 * are refused (BAD_REQUEST), not answered with an empty result: "no connection" must never be the answer to a
 * typo.
 */
@Controller
class LinkController {

	private final EntityRepository entities;
	private final PathRepository paths;
	private final CommonLinkRepository common;
	private final NeighbourhoodRepository neighbourhoods;
	private final LinkProperties bounds;
	private final Limits limits;

	LinkController(EntityRepository entities, PathRepository paths, CommonLinkRepository common,
			NeighbourhoodRepository neighbourhoods, LinkProperties bounds, Limits limits) {
		this.entities = entities;
		this.paths = paths;
		this.common = common;
		this.neighbourhoods = neighbourhoods;
		this.bounds = bounds;
		this.limits = limits;
	}

	@QueryMapping
	List<Path> paths(@Argument String from, @Argument String to, @Argument Integer maxHops,
			@Argument List<String> types, @Argument Integer first, DataFetchingEnvironment env) {
		int hops = bounds.hops(maxHops);
		int size = bounds.paths(first);
		List<String> allowed = types(types);
		distinct(from, to);
		PathRepository.Search search = paths.shortestPaths(from, to, hops, allowed, size, PathRows.keys(env));
		if (!search.fromFound()) {
			throw unknown(from);
		}
		if (!search.toFound()) {
			throw unknown(to);
		}
		return search.paths();
	}

	@QueryMapping
	CommonLinks commonLinks(@Argument String a, @Argument String b, @Argument Integer first,
			DataFetchingEnvironment env) {
		int size = limits.pageSize(first);
		distinct(a, b);
		Map<String, Node> found = existing(a, b);
		List<String> keys = PathRows.keys(env);
		return new CommonLinks(found.get(a), found.get(b), common.neighbours(a, b, size, keys),
				common.honours(a, b, size, keys));
	}

	@QueryMapping
	Neighbourhood neighbourhood(@Argument String id, @Argument Integer depth, @Argument List<String> types,
			@Argument Integer maxNodes, DataFetchingEnvironment env) {
		int rings = bounds.depth(depth);
		int cap = bounds.nodes(maxNodes);
		List<String> allowed = types(types);
		return neighbourhoods.around(id, rings, allowed, cap, PathRows.keys(env)).orElseThrow(() -> unknown(id));
	}

	/** The types a link may use: those asked for, validated against the model, or all of them. */
	private static List<String> types(List<String> types) {
		if (types == null) {
			return GraphModel.relationshipTypes();
		}
		types.forEach(t -> GraphModel.relationship(t).orElseThrow(() -> new IllegalArgumentException(
				"unknown relationship type '" + t + "'; known types: " + GraphModel.relationshipTypes())));
		return List.copyOf(types);
	}

	private static void distinct(String a, String b) {
		if (a.equals(b)) {
			throw new IllegalArgumentException("the two entities must be different (both are '" + a + "')");
		}
	}

	private static IllegalArgumentException unknown(String id) {
		return new IllegalArgumentException("no entity has the id '" + id + "'");
	}

	private Map<String, Node> existing(String... ids) {
		Map<String, Node> found = entities.findByIds(List.of(ids)).stream()
			.collect(Collectors.toMap(Node::id, Function.identity()));
		for (String id : ids) {
			if (!found.containsKey(id)) {
				throw unknown(id);
			}
		}
		return found;
	}
}
