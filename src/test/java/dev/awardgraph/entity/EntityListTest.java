package dev.awardgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.awardgraph.model.GraphModel;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;
import dev.awardgraph.support.Plans;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.Neo4jClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code list(label, kind)} answers the entities of a label by name, page by page, as Cypher over the label does,
 * and reads its page from the label's name index: the statement it replaced scanned every node of the graph for
 * each page (a second a page at 1M nodes).
 */
@GraphTest
class EntityListTest {

	@LocalServerPort
	int port;

	@Autowired
	Neo4jClient neo4j;

	@ParameterizedTest
	@ValueSource(strings = { "Organisation", "Person", "Conferral", "Project", "Event", "Award", "Source" })
	void pagesAreTheLabelsEntitiesByNameAndId(String label) {
		List<String> expected = neo4j.query("MATCH (n:Entity) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY n.name, n.id")
			.bind(label).to("label").fetchAs(String.class).all().stream().toList();
		assertThat(expected).hasSizeGreaterThan(2);
		List<String> paged = new ArrayList<>();
		int size = Math.max(2, expected.size() / 3);
		for (int offset = 0; offset < expected.size(); offset += size) {
			var page = GraphQlClient.forPort(port)
				.document("query($label: Label!, $first: Int, $offset: Int) { list(label: $label, first: $first, offset: $offset) { totalCount items { id label } } }")
				.variable("label", label).variable("first", size).variable("offset", offset).execute();
			page.path("list.totalCount").entity(Integer.class).isEqualTo(expected.size());
			page.path("list.items[*].label").entityList(String.class).satisfies(labels -> assertThat(labels).containsOnly(label));
			paged.addAll(page.path("list.items[*].id").entityList(String.class).get());
		}
		assertThat(paged).isEqualTo(expected);
	}

	@Test
	void aKindNarrowsTheListAndItsCount() {
		List<String> universities = neo4j.query("""
				MATCH (n:Organisation) WHERE n.kind = 'UNIVERSITY' RETURN n.id AS id ORDER BY n.name, n.id""")
			.fetchAs(String.class).all().stream().toList();
		assertThat(universities).hasSizeGreaterThan(1);
		var page = GraphQlClient.forPort(port)
			.document("{ list(label: Organisation, kind: \"UNIVERSITY\", first: 100) { totalCount items { id } } }").execute();
		page.path("list.totalCount").entity(Integer.class).isEqualTo(universities.size());
		page.path("list.items[*].id").entityList(String.class).isEqualTo(universities);
	}

	/**
	 * The plan reads the page in name order from an index, for every label of the model: a label added without a
	 * name index (schema/neo4j/002-indexes.cypher) fails here.
	 */
	@Test
	void everyLabelsPageIsReadFromItsNameIndex() {
		for (String label : GraphModel.labels()) {
			for (String kind : new String[] { null, "COMPANY" }) {
				List<String> operators = Plans.operators(neo4j, EntityRepository.listStatement(label, kind),
						Map.of("kind", kind == null ? "" : kind, "first", 10, "offset", 0));
				assertThat(operators).as("%s, kind %s: %s", label, kind, operators).noneMatch(op -> op.startsWith("AllNodesScan"));
				if (kind == null) {
					assertThat(operators).as("%s: %s", label, operators).anyMatch(op -> op.startsWith("NodeIndexScan"))
						.noneMatch(op -> op.startsWith("Sort") || op.startsWith("Top"));
				}
			}
		}
	}
}
