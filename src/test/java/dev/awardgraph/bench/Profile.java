package dev.awardgraph.bench;

import java.util.Map;

import dev.awardgraph.winner.ConferralFilter;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Prints the PROFILE of the who-won-what filter (award a1, 2010–2013: ConferralFilter.match()) against a running
 * service's Bolt port: {@code Profile bolt://localhost:8097}.
 */
public final class Profile {

	private Profile() {
	}

	public static void main(String[] args) {
		ConferralFilter filter = new ConferralFilter(java.util.List.of(SyntheticGraph.award(1)), null, 2010, 2013, null, null,
				null, null, null);
		Map<String, Object> params = filter.parameters();
		try (var driver = GraphDatabase.driver(args[0], AuthTokens.none());
				var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
			var summary = session.run("PROFILE " + filter.match() + " RETURN count(c) AS n", params).consume();
			System.out.printf("%d db hits%n", hits(summary.profile()));
			print(summary.profile(), "  ");
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
