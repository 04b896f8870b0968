package dev.awardgraph.winner;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.awardgraph.entity.EntityRepository;
import dev.awardgraph.entity.Node;
import dev.awardgraph.relationship.EdgePrefetch;
import dev.awardgraph.support.Limits;
import dev.awardgraph.support.Connection;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who won what: conferrals by award, year, category and recipient; an entity's honours; cross-award questions. */
@Controller
class WinnerController {

	private static final int MAX_SETS = 10;

	private final WinnerRepository winners;
	private final EntityRepository entities;
	private final Limits limits;

	WinnerController(WinnerRepository winners, EntityRepository entities, Limits limits) {
		this.winners = winners;
		this.entities = entities;
		this.limits = limits;
	}

	@QueryMapping
	Connection<Node> conferrals(@Argument ConferralFilter filter, @Argument String orderBy, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		Connection.Window window = Connection.Window.of(first, after, limits);
		EdgePrefetch prefetch = EdgePrefetch.of(env, "edges/node", "nodes");
		WinnerRepository.PageOf<Value> page = winners.conferrals(ConferralFilter.orNone(filter), orderBy, window, prefetch);
		List<Node> conferrals = page.items().stream().map(conferral -> prefetch.prime(env, conferral)).toList();
		return Connection.of(conferrals, page.total(), window);
	}

	@QueryMapping
	HonourConnection honours(@Argument String id, @Argument boolean includeUnits, @Argument Integer first,
			@Argument String after) {
		Connection.Window window = Connection.Window.of(first, after, limits);
		requireExisting(List.of(id), null);
		WinnerRepository.PageOf<WinnerRepository.Honour> found = winners.honours(id, includeUnits, window);
		Connection<WinnerRepository.Honour> page = Connection.of(found.items(), found.total(), window);
		return new HonourConnection(page.totalCount(), page.pageInfo(), page.edges().stream()
			.map(e -> new HonourEdge(e.cursor(), e.node().conferral(), e.node().holder(), e.node().role(), e.node().project()))
			.toList());
	}

	@QueryMapping
	List<WinnerRepository.CommonHonour> honouredInAll(@Argument List<String> lists, @Argument List<String> awards,
			@Argument boolean includeUnits) {
		List<String> sets = new ArrayList<>();
		Stream.ofNullable(lists).flatMap(List::stream).forEach(sets::add);
		Stream.ofNullable(awards).flatMap(List::stream).forEach(sets::add);
		if (sets.size() < 2 || sets.size() > MAX_SETS) {
			throw new IllegalArgumentException("honouredInAll needs 2 to " + MAX_SETS
					+ " lists and awards in all (got " + sets.size() + ")");
		}
		if (lists != null) {
			requireExisting(lists, "AwardList");
		}
		if (awards != null) {
			requireExisting(awards, "Award");
		}
		return winners.honouredInAll(sets, includeUnits);
	}

	/** An unknown id is a mistake worth naming, not an empty answer that looks like "nobody". */
	private void requireExisting(List<String> ids, String label) {
		List<Node> found = entities.findByIds(ids);
		for (String id : ids) {
			Node node = found.stream().filter(n -> n.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no entity with id '" + id + "'"));
			if (label != null && !node.label().equals(label)) {
				throw new IllegalArgumentException("'" + id + "' has label " + node.label() + "; expected " + label);
			}
		}
	}

	record HonourConnection(long totalCount, Connection.PageInfo pageInfo, List<HonourEdge> edges) {
	}

	record HonourEdge(String cursor, Node node, Node holder, String role, Node project) {
	}
}
