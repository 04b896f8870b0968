package dev.awardgraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Bad requests get a message that says what was wrong, and nothing about the service's insides. */
@GraphTest
class ErrorsTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void client() {
		graphQl = GraphQlClient.forPort(port);
	}

	@Test
	void unknownIdIsNullNotAnError() {
		graphQl.document("{ entity(id: \"org/does-not-exist\") { id } }").execute().path("entity").valueIsNull();
	}

	@Test
	void oversizedPageIsRefusedSayingTheBound() {
		graphQl.document("{ list(label: Organisation, first: 99999999) { totalCount } }").execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST
					&& e.getMessage().equals("first must be between 0 and 500 (got 99999999); page with offset for more"))
			.verify();
	}

	@Test
	void unknownRelationshipTypeIsRefusedListingTheKnownOnes() {
		graphQl.document("{ entity(id: \"org/qianxin\") { relationships(types: [\"FRIEND_OF\"]) { type } } }").execute()
			.errors()
			.expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("unknown relationship type 'FRIEND_OF'")
					&& e.getMessage().contains("CO_APPLICANT"))
			.verify();
	}

	@Test
	void errorsNameNoClassesStackTracesOrCypher() {
		graphQl.document("{ list(label: Organisation, offset: -1) { totalCount } }").execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
				assertThat(e.getMessage()).isEqualTo("offset must not be negative (got -1)");
				assertThat(e.toString()).doesNotContain("Exception", "dev.awardgraph", "MATCH");
			}));
	}

	@Test
	void listsPageWithTotalCount() {
		graphQl.document("{ list(label: Organisation, kind: \"UNIVERSITY\", first: 2) { totalCount items { id } } }")
			.execute()
			.path("list.items").entityList(Object.class).hasSize(2)
			.path("list.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isGreaterThan(5));
	}
}
