package dev.awardgraph.bench;

import java.util.Map;

import dev.awardgraph.winner.ConferralFilter;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Prints the PROFILE of the who-won-what filter, scanning (ConferralFilter.MATCH) and walking in from the award
 * (MATCH_BY_AWARD), against a running service's Bolt port: {@code Profile bolt://localhost:8097}.
 */
public final class Profile {

	private Profile() {
	}

	public static void main(String[] args) {
		Map<String, Object> params = new java.util.HashMap<>(new ConferralFilter(java.util.List.of(SyntheticGraph.award(1)),
				null, 2010, 2013, null, null, null, null, null).parameters());
		try (var driver = GraphDatabase.driver(args[0], AuthTokens.none());
				var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
			for (var entry : Map.of("scan (before)", ConferralFilter.MATCH, "from the award (after)",
					ConferralFilter.MATCH_BY_AWARD).entrySet()) {
				var summary = session.run("PROFILE " + entry.getValue() + " RETURN count(c) AS n", params).consume();
				System.out.printf("%s: %d db hits%n", entry.getKey(), hits(summary.profile()));
				print(summary.profile(), "  ");
			}
		}
	}

	private static long hits(ProfiledPlan plan) {
		return plan.dbHits() + plan.children().stream().mapToLong(Profile::hits).sum();
	}

	private static void print(ProfiledPlan plan, String indent) {
		System.out.printf("%s%s rows=%d dbHits=%d%n", indent, plan.operatorType(), plan.records(), plan.dbHits());
		plan.children().forEach(child -> print(child, indent + "  "));
	}
}
