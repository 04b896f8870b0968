package dev.awardgraph.curation;

import java.util.List;
import java.util.Map;

import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;
import dev.awardgraph.support.Plans;
import dev.awardgraph.support.TestTokens;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Curation through GraphQL: every change cites a source, is audited, and is all-or-nothing. The shared test graph
 * is restored to the seed dataset after each test, so other tests keep asserting on the seeds.
 */
@GraphTest
class CurationTest {

	private static final String NEW_SOURCE = """
			{title: "测试来源：某协会年度报告", publisher: "某协会", url: "https://example.org/report-2026", date: "2026-05"}""";

	@LocalServerPort
	int port;

	@Autowired
	DatasetLoader loader;

	HttpGraphQlTester anonymous;
	HttpGraphQlTester editor;
	HttpGraphQlTester admin;

	@BeforeEach
	void clients() {
		anonymous = GraphQlClient.forPort(port);
		editor = GraphQlClient.forPort(port, TestTokens.EDITOR);
		admin = GraphQlClient.forPort(port, TestTokens.ADMIN);
	}

	@AfterEach
	void restoreSeedGraph() {
		loader.load();
	}

	@Test
	void writesNeedATokenWithTheRoleAndRefusedOnesChangeNothing() {
		String before = hash();
		String create = "mutation { createEntity(input: {label: Organisation, name: \"未授权公司\", kind: \"COMPANY\"}, source: "
				+ NEW_SOURCE + ") { entity { id } } }";
		anonymous.document(create).execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.UNAUTHORIZED && e.getMessage().contains("needs a bearer token with role EDITOR"))
			.verify();
		GraphQlClient.forPort(port, "not-a-token").document(create).execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.UNAUTHORIZED && e.getMessage().equals("the bearer token is not valid"))
			.verify();
		editor.document("mutation { mergeEntities(keep: \"org/qianxin\", duplicate: \"org/amd\", reason: \"x\") { movedRelationships } }")
			.execute().errors()
			.expect(e -> e.getErrorType() == ErrorType.FORBIDDEN
					&& e.getMessage().equals("'test-editor' has role EDITOR; this operation needs ADMIN"))
			.verify();
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void createsAnEntityFindableByItsAliasesAndAuditsIt() {
		editor.document("""
				mutation { createEntity(input: {label: Organisation, name: "示例网络安全技术有限公司", aliases: ["示例安全"],
				    nameEn: "Example Security Technology", kind: "COMPANY", properties: [{key: "founded", value: "2019-05"}]},
				  source: %s, reason: "new company in a 2026 report") {
				    entity { id name ... on Organisation { founded } sources { title publisher } } errors { field message } } }"""
			.formatted(NEW_SOURCE))
			.execute()
			.path("createEntity.errors").entityList(Object.class).hasSize(0)
			.path("createEntity.entity.id").entity(String.class).isEqualTo("org/example-security-technology")
			.path("createEntity.entity.founded").entity(String.class).isEqualTo("2019-05")
			.path("createEntity.entity.sources[0].publisher").entity(String.class).isEqualTo("某协会");
		anonymous.document("{ lookup(name: \"示例安全\") { id } }").execute()
			.path("lookup[*].id").entityList(String.class).containsExactly("org/example-security-technology");
		anonymous.document("""
				{ auditLog(entity: "org/example-security-technology") { totalCount edges { node { actor action reason source { title } changes } } } }""")
			.execute()
			.path("auditLog.totalCount").entity(Integer.class).isEqualTo(1)
			.path("auditLog.edges[0].node.actor").entity(String.class).isEqualTo("test-editor")
			.path("auditLog.edges[0].node.action").entity(String.class).isEqualTo("CREATE_ENTITY")
			.path("auditLog.edges[0].node.source.title").entity(String.class).isEqualTo("测试来源：某协会年度报告")
			.path("auditLog.edges[0].node.changes").entity(String.class).satisfies(c -> assertThat(c).contains("示例网络安全技术有限公司"));
	}

	@Test
	void invalidInputIsAnsweredFieldByFieldAndWritesNothing() {
		String before = hash();
		editor.document("""
				mutation { createEntity(input: {label: Organisation, name: "奇安信集团", kind: "SPACESHIP",
				    properties: [{key: "founded", value: "2019-13"}, {key: "colour", value: "red"}]},
				  source: {title: "没有出处的说法"}) { entity { id } errors { field message } } }""")
			.execute()
			.path("createEntity.entity").valueIsNull()
			.path("createEntity.errors[*].field").entityList(String.class)
			.satisfies(f -> assertThat(f).contains("input.kind", "input.properties.founded", "input.properties.colour", "input.name", "source"));
		editor.document("""
				mutation { addRelationship(input: {from: "person/zhao-zhiguo", type: "CO_APPLICANT", to: "org/miit"}, source: {id: "src/cic2024"}) {
				    relationship { type } errors { field message } } }""")
			.execute()
			.path("addRelationship.errors[0].field").entity(String.class).isEqualTo("input.type")
			.path("addRelationship.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("not Person to Organisation"));
		// a control character (here BEL) would break exports and is never what a curator meant to type
		editor.document("""
				mutation { addAliases(id: "org/qianxin", aliases: ["奇安信\\u0007"], source: {id: "src/cic2024"}) {
				    entity { id } errors { field message } } }""")
			.execute()
			.path("addAliases.entity").valueIsNull()
			.path("addAliases.errors[0].field").entity(String.class).isEqualTo("aliases[0]")
			.path("addAliases.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("U+0007"));
		assertThat(hash()).isEqualTo(before);
	}

	/**
	 * A name is checked against every other entity's names and aliases through the keys index, one term query per
	 * key: a name with Lucene's syntax characters is found as itself, and the statement never scans the graph.
	 */
	@Test
	void aNameAlreadyTakenIsRefusedWhateverItsCharactersWithoutScanningTheGraph() {
		editor.document("""
				mutation { createEntity(input: {label: Organisation, name: "测试+实验室(A&B)!", kind: "COMPANY"},
				  source: {id: "src/cic2024"}) { entity { id } errors { message } } }""")
			.execute().path("createEntity.errors").entityList(Map.class).hasSize(0);
		editor.document("""
				mutation { createEntity(input: {label: Organisation, name: "测试加实验室", aliases: ["测试+实验室（A&B）"], kind: "COMPANY"},
				  source: {id: "src/cic2024"}) { entity { id } errors { field message } } }""")
			.execute()
			.path("createEntity.entity").valueIsNull()
			.path("createEntity.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("already exists"));
		assertThat(Plans.operators(neo4j, CurationRepository.SAME_NAME,
				Map.of("terms", List.of("x"), "keys", List.of("x"), "label", "Organisation", "except", ""))).noneMatch(op -> op.startsWith("AllNodesScan") || op.startsWith("NodeByLabelScan"));
	}

	/** Editors creating the same organisation at once: one is created, the others get a clear refusal. */
	@Test
	void concurrentCreatesOfOneEntityMakeOneNodeAndClearRefusals() throws Exception {
		String create = """
				mutation { createEntity(input: {label: Organisation, name: "并发测试公司", nameEn: "Concurrent Test Co", kind: "COMPANY"},
				  source: {id: "src/cic2024"}) { entity { id } errors { message } } }""";
		List<String> results = atOnce(java.util.Collections.nCopies(6, create));
		results.forEach(r -> System.out.println("concurrent create: " + r));
		assertThat(results).filteredOn(r -> r.contains("id=org/concurrent-test-co")).hasSize(1);
		assertThat(results).noneMatch(r -> r.contains("INTERNAL_ERROR"))
			.allMatch(r -> r.contains("id=org/concurrent-test-co") || r.contains("CONFLICT") || r.contains("already exists"));
		anonymous.document("{ lookup(name: \"并发测试公司\") { id } }").execute()
			.path("lookup[*].id").entityList(String.class).containsExactly("org/concurrent-test-co");

		// different ids, one shared spelling: changes run one at a time (CurationLock), so the second sees the first
		List<String> outcomes = atOnce(List.of("""
				mutation { createEntity(input: {label: Organisation, name: "并发二号公司", kind: "COMPANY"},
				  source: {id: "src/cic2024"}) { entity { id } errors { message } } }""", """
				mutation { createEntity(input: {label: Organisation, name: "并发二号有限公司", aliases: ["并发二号公司"], kind: "COMPANY"},
				  source: {id: "src/cic2024"}) { entity { id } errors { message } } }"""));
		outcomes.forEach(r -> System.out.println("colliding create: " + r));
		assertThat(outcomes).filteredOn(r -> r.contains("errors=[]")).hasSize(1);
		assertThat(outcomes).filteredOn(r -> r.contains("already exists") || r.contains("already has")).hasSize(1);
		anonymous.document("{ lookup(name: \"并发二号公司\") { id } }").execute()
			.path("lookup[*].id").entityList(String.class).hasSize(1);
	}

	@Autowired
	org.neo4j.driver.Driver driver;

	@Autowired
	org.springframework.data.neo4j.core.Neo4jClient neo4j;

	/** An import waits for a curation change in progress (and the other way round): both take the write lock. */
	@Test
	void anImportWaitsForTheWriteLock() throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
		try (var session = driver.session(); var transaction = session.beginTransaction()) {
			transaction.run(dev.awardgraph.support.WriteLock.TAKE).consume(); // a change in progress holds it
			java.util.concurrent.Future<?> load = pool.submit(() -> loader.load());
			Thread.sleep(1_500); // a warm seed load takes about 0.2 s when nothing holds the lock
			assertThat(load).as("the load waits while the lock is held").isNotDone();
			transaction.rollback();
			load.get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Sends the mutations as an editor, all released at the same moment; their whole answers, in order. */
	private List<String> atOnce(List<String> mutations) throws Exception {
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(mutations.size());
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		try {
			List<java.util.concurrent.Future<String>> answers = mutations.stream().map(mutation -> pool.submit(() -> {
				start.await();
				return String.valueOf(editor.document(mutation).execute().returnResponse().toMap());
			})).toList();
			start.countDown();
			List<String> results = new java.util.ArrayList<>();
			for (var answer : answers) {
				results.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aFactStatedInASecondSourceCitesBoth() {
		editor.document("""
				mutation { addRelationship(input: {from: "person/qi-xiangdong", type: "HOLDS_POSITION", to: "org/qianxin",
				    properties: [{key: "title", value: "董事长"}, {key: "current", value: "true"}, {key: "asOf", value: "2024-07-09"}]},
				  source: {id: "src/wic2024-qianxin"}) { relationship { title sources { id } } errors { message } } }""")
			.execute()
			.path("addRelationship.relationship.sources[*].id").entityList(String.class)
			.satisfies(ids -> assertThat(ids).containsExactlyInAnyOrder("src/cic2024", "src/wic2024-qianxin"));
		anonymous.document("{ entity(id: \"person/qi-xiangdong\") { relationships(types: [\"HOLDS_POSITION\"]) { node { id } } } }").execute()
			.path("entity.relationships[?(@.node.id == 'org/qianxin')]").entityList(Object.class).hasSize(1);
	}

	@Test
	void addsAConferralWithANewProjectAndItsCoApplicantsInOrder() {
		editor.document("""
				mutation { addConferral(input: {award: "award/wic-leading-technology", year: 2026, category: "cat/wic-lt-key-technology",
				    project: {name: "测试项目：卫星互联网安全", lead: "org/china-telecom", coApplicants: ["org/cetc-54", "org/qianxin"]}},
				  source: %s) { entity { id name } errors { field message } } }""".formatted(NEW_SOURCE))
			.execute()
			.path("addConferral.errors").entityList(Object.class).hasSize(0)
			.path("addConferral.entity.name").entity(String.class).isEqualTo("2026 · 世界互联网大会领先科技奖 · 关键技术 · 测试项目：卫星互联网安全");
		anonymous.document("""
				{ conferrals(filter: {year: 2026}) { totalCount nodes { recipients { node { ... on Project {
				    lead { node { id } } coApplicants { order node { id } sources { title } } } } } } } }""")
			.execute()
			.path("conferrals.totalCount").entity(Integer.class).isEqualTo(1)
			.path("conferrals.nodes[0].recipients[0].node.lead.node.id").entity(String.class).isEqualTo("org/china-telecom")
			.path("conferrals.nodes[0].recipients[0].node.coApplicants[*].node.id").entityList(String.class).containsExactly("org/cetc-54", "org/qianxin");
	}

	@Test
	void mergesADuplicateMovingItsRelationshipsNamesAndSources() {
		editor.document("""
				mutation { createEntity(input: {label: Organisation, name: "奇安信集团（测试重复）", kind: "COMPANY"}, source: %s) { entity { id } } }"""
			.formatted(NEW_SOURCE)).execute();
		String duplicate = anonymous.document("{ lookup(name: \"奇安信集团（测试重复）\") { id } }").execute()
			.path("lookup[0].id").entity(String.class).get();
		editor.document("""
				mutation { addRelationship(input: {from: "%s", type: "LOCATED_IN", to: "place/beijing"}, source: {id: "src/wic2024-qianxin"}) { errors { message } } }"""
			.formatted(duplicate)).execute().path("addRelationship.errors").entityList(Object.class).hasSize(0);
		anonymous.document("{ mergeCandidates(label: Organisation, first: 500) { a { id } b { id } reasons } }").execute()
			.path("mergeCandidates[?(@.b.id == '" + duplicate + "' || @.a.id == '" + duplicate + "')].reasons").entityList(Object.class)
			.hasSizeGreaterThan(0);

		admin.document("""
				mutation { mergeEntities(keep: "org/qianxin", duplicate: "%s", reason: "same company, test spelling") {
				    movedRelationships entity { aliases sources { id } } errors { message } } }""".formatted(duplicate))
			.execute()
			.path("mergeEntities.movedRelationships").entity(Integer.class).isEqualTo(1)
			.path("mergeEntities.entity.aliases").entityList(String.class).contains("奇安信集团（测试重复）")
			.path("mergeEntities.entity.sources[*].id").entityList(String.class).satisfies(s -> assertThat(s).hasSizeGreaterThan(2));
		anonymous.document("{ entity(id: \"%s\") { id } }".formatted(duplicate)).execute().path("entity").valueIsNull();
		// facts cite sources by id: merging two would leave citations pointing at nothing
		admin.document("""
				mutation { mergeEntities(keep: "src/cic2024", duplicate: "src/wic2024-qianxin", reason: "x") { errors { field message } } }""")
			.execute()
			.path("mergeEntities.errors[0].field").entity(String.class).isEqualTo("duplicate")
			.path("mergeEntities.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).contains("sources are not merged"));
		anonymous.document("{ entity(id: \"src/wic2024-qianxin\") { id } }").execute().path("entity.id").entity(String.class)
			.isEqualTo("src/wic2024-qianxin");
		anonymous.document("{ lookup(name: \"奇安信集团（测试重复）\") { id } }").execute()
			.path("lookup[*].id").entityList(String.class).containsExactly("org/qianxin");
		anonymous.document("{ auditLog(entity: \"%s\", first: 1) { edges { node { action actor reason } } } }".formatted(duplicate)).execute()
			.path("auditLog.edges[0].node.action").entity(String.class).isEqualTo("MERGE")
			.path("auditLog.edges[0].node.actor").entity(String.class).isEqualTo("test-admin");
	}

	@Test
	void correctsAndRemovesOneNamedRelationshipKeepingTheOldOneInTheAudit() {
		editor.document("""
				mutation { updateRelationship(relationship: {from: "person/zhao-zhiguo", type: "HOLDS_POSITION", to: "org/miit",
				    match: [{key: "title", value: "总工程师"}]}, set: [{key: "note", value: "职务据第二来源核对"}],
				  source: {id: "src/cic2024"}, reason: "checked") { relationship { title note sources { id } } errors { message } } }""")
			.execute()
			.path("updateRelationship.errors").entityList(Object.class).hasSize(0)
			.path("updateRelationship.relationship.title").entity(String.class).isEqualTo("总工程师")
			.path("updateRelationship.relationship.note").entity(String.class).isEqualTo("职务据第二来源核对");
		editor.document("""
				mutation { removeRelationship(relationship: {from: "person/zhao-zhiguo", type: "HOLDS_POSITION", to: "org/miit",
				    match: [{key: "title", value: "部长"}]}, source: {id: "src/cic2024"}, reason: "x") { errors { field message } } }""")
			.execute()
			.path("removeRelationship.errors[0].message").entity(String.class).satisfies(m -> assertThat(m).startsWith("no HOLDS_POSITION"));
		editor.document("""
				mutation { removeRelationship(relationship: {from: "person/zhao-zhiguo", type: "HOLDS_POSITION", to: "org/miit"},
				  source: {id: "src/cic2024"}, reason: "test removal") { relationship { title } errors { message } } }""")
			.execute()
			.path("removeRelationship.relationship.title").entity(String.class).isEqualTo("总工程师");
		anonymous.document("{ entity(id: \"person/zhao-zhiguo\") { ... on Person { positions { title } } } }").execute()
			.path("entity.positions").entityList(Object.class).hasSize(0);
		anonymous.document("{ auditLog(entity: \"person/zhao-zhiguo\", first: 2) { edges { node { action changes } } } }").execute()
			.path("auditLog.edges[*].node.action").entityList(String.class).containsExactly("REMOVE_RELATIONSHIP", "UPDATE_RELATIONSHIP")
			.path("auditLog.edges[0].node.changes").entity(String.class).satisfies(c -> assertThat(c).contains("总工程师"));
	}

	private String hash() {
		return anonymous.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
	}
}
