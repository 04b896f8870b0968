package dev.awardgraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.summary.Plan;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * The operators of a statement's plan (EXPLAIN, so nothing runs), for tests that a statement reads an index
 * rather than scanning nodes: a plan, unlike a timing, is the same on every machine.
 */
public final class Plans {

	private Plans() {
	}

	/** Every operator of the plan, e.g. {@code NodeIndexScan@neo4j}, parents before their children. */
	public static List<String> operators(Neo4jClient neo4j, String statement, Map<String, Object> parameters) {
		List<String> operators = new ArrayList<>();
		collect(neo4j.query("EXPLAIN " + statement).bindAll(parameters).run().plan(), operators);
		return operators;
	}

	private static void collect(Plan plan, List<String> operators) {
		operators.add(plan.operatorType());
		plan.children().forEach(child -> collect(child, operators));
	}
}
