package dev.awardgraph.link;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awardgraph.support.CypherStatementCounter;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sources and entity fields nested in link answers are batched: the statements do not grow with the answer. */
@GraphTest
class LinkBatchingTest {

	@LocalServerPort
	int port;

	@Autowired
	CypherStatementCounter statements;

	@Test
	void pathsWithNestedSourcesCostTheSameForOneAndFivePaths() {
		String query = """
				{ paths(from: "org/qianxin", to: "org/china-telecom", first: %d) { nodes { id sources { id } }
				    hops { sources { id } from { relationships { type sources { id } } } } } }""";
		long one = run(query.formatted(1), "paths", 1);
		long five = run(query.formatted(5), "paths", 5);
		assertThat(five).isEqualTo(one).isLessThanOrEqualTo(6);
	}

	@Test
	void neighbourhoodWithNestedSourcesCostsTheSameForThreeAndAllNodes() {
		String query = """
				{ neighbourhood(id: "event/wic-2024-opening", maxNodes: %d) { nodes { id sources { id }
				    relationships { type } } edges { sources { id } } } }""";
		long three = run(query.formatted(3), "neighbourhood.nodes", 3);
		long all = run(query.formatted(100), "neighbourhood.nodes", 15);
		assertThat(all).isEqualTo(three).isLessThanOrEqualTo(6);
	}

	@Test
	void commonLinksCostAFixedNumberOfStatements() {
		long before = statements.count();
		GraphQlClient.forPort(port)
			.document("""
					{ commonLinks(a: "org/qianxin", b: "org/china-telecom") { honours { node { id sources { id } }
					    fromA { hops { sources { id } } } fromB { hops { sources { id } } } } } }""")
			.execute().path("commonLinks.honours").entityList(Object.class).hasSizeGreaterThan(1);
		assertThat(statements.count() - before).isLessThanOrEqualTo(5);
	}

	/** Statements sent for {@code query}, whose list at {@code path} must hold at least {@code atLeast} items. */
	private long run(String query, String path, int atLeast) {
		long before = statements.count();
		GraphQlClient.forPort(port).document(query).execute().path(path).entityList(Object.class)
			.hasSizeGreaterThan(atLeast - 1);
		return statements.count() - before;
	}
}
