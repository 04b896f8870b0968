package dev.awardgraph.winner;

import java.util.ArrayList;
import java.util.List;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Who won what, on the seed graph, through GraphQL. */
@GraphTest
class WinnerTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void leadingTechnology2025ProjectsPerCategory() {
		for (var category : List.of(List.of("cat/wic-lt-basic-research", 2), List.of("cat/wic-lt-key-technology", 10),
				List.of("cat/wic-lt-engineering", 5))) {
			graphQl.document("""
					query($c: ID!) { conferrals(filter: {awards: ["award/wic-leading-technology"], year: 2025, categories: [$c]}, first: 50) {
					  totalCount nodes { category { node { id } } recipients { node { label } } } } }""")
				.variable("c", category.get(0)).execute()
				.path("conferrals.totalCount").entity(Integer.class).isEqualTo((Integer) category.get(1))
				.path("conferrals.nodes[*].category.node.id").entityList(String.class).satisfies(ids -> assertThat(ids).containsOnly((String) category.get(0)))
				.path("conferrals.nodes[*].recipients[0].node.label").entityList(String.class).satisfies(l -> assertThat(l).containsOnly("Project"));
		}
	}

	@Test
	void aConferralLeadsToItsProjectsLeadAndCoApplicantsInOrder() {
		graphQl.document("""
				{ conferrals(filter: {recipient: "org/huawei-device"}) { totalCount nodes { year
				    recipients { node { ... on Project { lead { node { id } } coApplicants { order node { id } sources { id } } } } } } } }""")
			.execute()
			.path("conferrals.totalCount").entity(Integer.class).isEqualTo(1)
			.path("conferrals.nodes[0].year").entity(Integer.class).isEqualTo(2025)
			.path("conferrals.nodes[0].recipients[0].node.lead.node.id").entity(String.class).isEqualTo("org/china-telecom")
			.path("conferrals.nodes[0].recipients[0].node.coApplicants[*].node.id").entityList(String.class)
			.containsExactly("org/huawei-device", "org/cetc-54", "org/hwa-create")
			.path("conferrals.nodes[0].recipients[0].node.coApplicants[*].sources[0].id").entityList(String.class)
			.satisfies(s -> assertThat(s).containsOnly("src/cac-2026-calls"));
	}

	@Test
	void cursorPagesCoverTheWholeListOnceInOrder() {
		List<String> seen = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			var response = graphQl.document("""
					query($after: String) { conferrals(filter: {lists: ["list/wic2024-outstanding-contribution"]},
					  orderBy: LIST_ORDER, first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""")
				.variable("after", after).execute();
			response.path("conferrals.totalCount").entity(Integer.class).isEqualTo(14);
			seen.addAll(response.path("conferrals.nodes[*].id").entityList(String.class).get());
			boolean next = response.path("conferrals.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = next ? response.path("conferrals.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null);
		assertThat(pages).isEqualTo(4);
		assertThat(seen).hasSize(14).doesNotHaveDuplicates().startsWith("conf/wic2024-oc-01", "conf/wic2024-oc-02")
			.endsWith("conf/wic2024-oc-14");
	}

	/**
	 * Without awards in the filter, a year-ordered page is read up to its last year only (WinnerRepository), and a
	 * recipient, lists or categories are walked in from (ConferralFilter); with every award, the statement walks in
	 * from the awards and tests the rest. Both must give the same pages and totals, for each order, page size and
	 * filter, including pages that end inside a year and pages past the end.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			YEAR_DESC  | 5  |
			YEAR_DESC  | 9  |
			YEAR_ASC   | 7  |
			LIST_ORDER | 8  |
			YEAR_DESC  | 4  | yearFrom: 2024, recipientLabel: Organisation
			YEAR_ASC   | 3  | organisationKind: COMPANY
			YEAR_DESC  | 0  |
			YEAR_DESC  | 1  | recipient: "org/china-telecom"
			YEAR_ASC   | 2  | recipient: "org/china-mobile", yearFrom: 2024
			LIST_ORDER | 4  | lists: ["list/wic2025-leading-technology", "list/wic2024-outstanding-contribution"]
			YEAR_DESC  | 3  | categories: ["cat/wic-lt-key-technology", "cat/wic-lt-engineering"], recipientLabel: Project
			YEAR_ASC   | 2  | lists: ["list/wic2025-leading-technology"], categories: ["cat/wic-lt-engineering"]
			""")
	void pagesWithoutAwardsAreThePagesOfAllAwards(String order, int size, String filter) {
		List<String> awards = graphQl.document("{ list(label: Award, first: 100) { items { id } } }").execute()
			.path("list.items[*].id").entityList(String.class).get();
		String conditions = filter == null ? "" : filter;
		String document = """
				query($after: String) { conferrals(filter: {%s}, orderBy: %s, first: %d, after: $after) {
				  totalCount pageInfo { hasNextPage endCursor } nodes { id year } } }""";
		String withAwards = document.formatted((conditions.isEmpty() ? "" : conditions + ", ") + "awards: " + quoted(awards), order, size);
		String without = document.formatted(conditions, order, size);
		String after = null;
		int pages = 0;
		do {
			var expected = graphQl.document(withAwards).variable("after", after).execute();
			var actual = graphQl.document(without).variable("after", after).execute();
			int total = expected.path("conferrals.totalCount").entity(Integer.class).get();
			assertThat(total).isGreaterThan(0);
			actual.path("conferrals.totalCount").entity(Integer.class).isEqualTo(total);
			List<String> page = expected.path("conferrals.nodes[*].id").entityList(String.class).get();
			actual.path("conferrals.nodes[*].id").entityList(String.class).isEqualTo(page);
			boolean next = expected.path("conferrals.pageInfo.hasNextPage").entity(Boolean.class).get();
			actual.path("conferrals.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(next);
			after = next && size > 0 ? expected.path("conferrals.pageInfo.endCursor").entity(String.class).get() : null;
			pages++;
		}
		while (after != null && pages < 10);
		assertThat(pages).as("pages compared").isGreaterThan(size == 0 ? 0 : 1);
	}

	private static String quoted(List<String> ids) {
		return ids.stream().map(id -> "\"" + id + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

	@Test
	void filtersByOrganisationKindAndYearRange() {
		graphQl.document("""
				{ conferrals(filter: {organisationKind: GOVERNMENT, yearFrom: 2025, yearTo: 2025, recipientLabel: Organisation}, first: 100) {
				    totalCount nodes { year recipients { node { ... on Organisation { kind } } } } } }""")
			.execute()
			.path("conferrals.totalCount").entity(Integer.class).satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(5))
			.path("conferrals.nodes[*].year").entityList(Integer.class).satisfies(y -> assertThat(y).containsOnly(2025))
			.path("conferrals.nodes[*].recipients[0].node.kind").entityList(String.class).satisfies(k -> assertThat(k).containsOnly("GOVERNMENT"));
	}

	@Test
	void honoursRollUpFromTeamsToTheirUniversitySayingWhoHoldsEach() {
		graphQl.document("{ honours(id: \"org/tsinghua\") { totalCount edges { holder { id } } } }").execute()
			.path("honours.edges[*].holder.id").entityList(String.class).satisfies(h -> assertThat(h).containsOnly("org/tsinghua"));
		graphQl.document("{ honours(id: \"org/tsinghua\", includeUnits: true) { totalCount edges { role holder { id } project { id } } } }").execute()
			.path("honours.edges[*].holder.id").entityList(String.class)
			.satisfies(h -> assertThat(h).contains("org/tsinghua", "org/tsinghua-tang-jie-team", "org/tsinghua-memory-team"))
			.path("honours.edges[?(@.holder.id == 'org/tsinghua-tang-jie-team')].project.id").entityList(String.class)
			.containsExactly("proj/wic2025-lt-glm");
	}

	@Test
	void organisationsInBothAwardLists() {
		graphQl.document("""
				{ honouredInAll(lists: ["list/wic2024-outstanding-contribution", "list/wic2025-leading-technology"]) {
				    entity { id } conferrals { id } } }""")
			.execute()
			.path("honouredInAll[*].entity.id").entityList(String.class).satisfies(x -> assertThat(x).containsExactlyInAnyOrder("org/china-telecom", "org/amd"))
			.path("honouredInAll[?(@.entity.id == 'org/amd')].conferrals[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).hasSize(2).anyMatch(id -> id.startsWith("conf/wic2024-oc")).anyMatch(id -> id.startsWith("conf/wic2025-lt")));
	}

	@Test
	void badArgumentsAreNamed() {
		graphQl.document("{ honours(id: \"org/nope\") { totalCount } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().equals("no entity with id 'org/nope'")).verify();
		graphQl.document("{ honouredInAll(lists: [\"list/wic2024-outstanding-contribution\"]) { entity { id } } }").execute().errors()
			.expect(e -> e.getMessage().equals("honouredInAll needs 2 to 10 lists and awards in all (got 1)")).verify();
		graphQl.document("{ honouredInAll(lists: [\"org/amd\", \"list/wic2024-outstanding-contribution\"]) { entity { id } } }").execute().errors()
			.expect(e -> e.getMessage().equals("'org/amd' has label Organisation; expected AwardList")).verify();
		graphQl.document("{ conferrals(after: \"xyz\") { totalCount } }").execute().errors()
			.expect(e -> e.getMessage().startsWith("after: 'xyz' is not a cursor")).verify();
		graphQl.document("{ conferrals(filter: {yearFrom: 2026, yearTo: 2020}) { totalCount } }").execute().errors()
			.expect(e -> e.getMessage().equals("filter: yearFrom (2026) is after yearTo (2020)")).verify();
	}
}
