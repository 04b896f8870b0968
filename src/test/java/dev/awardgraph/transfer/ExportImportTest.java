package dev.awardgraph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import dev.awardgraph.dataset.DatasetLoader;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;
import dev.awardgraph.support.TestTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Export and import through the real HTTP endpoints and GraphQL, on the shared seed graph. Every test that
 * replaces the graph imports the seed dataset again and checks the hash is back.
 */
@GraphTest
class ExportImportTest {

	private static final String SEED = "classpath:dataset/";

	@LocalServerPort
	int port;

	@Autowired
	DatasetLoader loader;

	@TempDir
	Path temp;

	HttpGraphQlTester anonymous;
	HttpGraphQlTester admin;
	HttpGraphQlTester editor;

	@BeforeEach
	void clients() {
		anonymous = GraphQlClient.forPort(port);
		admin = anonymous.mutate().header("Authorization", "Bearer " + TestTokens.ADMIN).build();
		editor = anonymous.mutate().header("Authorization", "Bearer " + TestTokens.EDITOR).build();
	}

	@Test
	void theDataFormatExportImportsBackToTheSameGraphHash() throws Exception {
		String before = hash();
		Path dir = unzip(get("/export/graph.zip").body(), temp.resolve("export"));

		Map<String, Object> report = importDataset(admin, "file:" + dir + "/");

		System.out.printf("round trip: graph %s -> export (%d files) -> import: %s (%s nodes, %s relationships, %s ms)%n",
				before, report.get("files"), report.get("hash"), report.get("nodes"), report.get("relationships"),
				report.get("millis"));
		assertThat(report).containsEntry("imported", true).containsEntry("hashBefore", before).containsEntry("hash", before);
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void theDataFormatExportIsSortedReadableAndTheSameEveryTime() throws Exception {
		HttpResponse<byte[]> first = get("/export/graph.zip");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("content-type")).hasValue("application/zip");
		assertThat(get("/export/graph.zip").body()).isEqualTo(first.body());

		Path dir = unzip(first.body(), temp.resolve("export"));
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
				.contains("sources.yaml", "entities/organisations.yaml", "entities/conferrals.yaml", "entities/projects.yaml",
						"facts/holds-position.yaml")
				.allMatch(p -> p.endsWith(".yaml"));
		}
		String organisations = Files.readString(dir.resolve("entities/organisations.yaml"));
		assertThat(organisations).contains("  - id: org/qianxin\n    label: Organisation\n    name: 奇安信科技集团股份有限公司\n")
			.doesNotContain("\\u", "keys:", "searchText:");
		// references stay references: a conferral names its recipient and list position, a project its co-applicants
		assertThat(Files.readString(dir.resolve("entities/conferrals.yaml")))
			.contains("    recipient: proj/wic2025-lt-memristor\n", "    list: list/wic2025-leading-technology\n    order: 1\n");
		assertThat(Files.readString(dir.resolve("entities/projects.yaml")))
			.contains("    coApplicants: [org/huawei-device, org/cetc-54, org/hwa-create]\n");
		assertThat(Files.readString(dir.resolve("facts/holds-position.yaml")))
			.contains("  - from: person/qi-xiangdong\n    type: HOLDS_POSITION\n    to: org/qianxin\n");
	}

	@Test
	void importingAnotherDatasetReplacesTheGraphAndTheSeedDatasetRestoresIt() throws Exception {
		String seed = hash();
		int nodes = SyntheticDataset.write(temp.resolve("synthetic"), 200);
		try {
			Map<String, Object> report = importDataset(admin, "file:" + temp.resolve("synthetic") + "/");
			assertThat(report).containsEntry("imported", true).containsEntry("nodes", nodes);
			assertThat(hash()).isEqualTo(report.get("hash")).isNotEqualTo(seed);
			assertThat(anonymous.document("{ graph { nodeCount } }").execute().path("graph.nodeCount").entity(Integer.class).get())
				.isEqualTo(nodes);
		}
		finally {
			Map<String, Object> restored = importDataset(admin, SEED);
			System.out.printf("seed %s -> synthetic (%d nodes) -> seed again: %s%n", seed, nodes, restored.get("hash"));
			assertThat(restored.get("hash")).isEqualTo(seed);
		}
	}

	@Test
	void aRefusedImportListsItsProblemsAndLeavesTheGraphUnchanged() {
		String before = hash();

		Map<String, Object> bad = importDataset(admin, "classpath:bad-datasets/dangling-reference/");
		Map<String, Object> remote = importDataset(admin, "http://example.com/data/");

		assertThat(bad).containsEntry("imported", false).containsEntry("hash", before);
		assertThat((List<?>) bad.get("problems")).anySatisfy(p -> assertThat(p.toString()).contains("org/nowhere"));
		assertThat(remote).containsEntry("imported", false);
		assertThat((List<?>) remote.get("problems")).singleElement().asString().contains("file:");
		assertThat(hash()).isEqualTo(before);
		System.out.printf("refused import: %s problem(s), hash before %s, after %s%n", ((List<?>) bad.get("problems")).size(),
				before, hash());
	}

	@Test
	void importNeedsAnAdminToken() {
		String before = hash();
		HttpGraphQlTester wrongToken = anonymous.mutate().header("Authorization", "Bearer not-a-token").build();

		refused(anonymous, ErrorType.UNAUTHORIZED);
		refused(wrongToken, ErrorType.UNAUTHORIZED);
		refused(editor, ErrorType.FORBIDDEN);

		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void graphMlIsWellFormedWithDeclaredTypedKeysAndEveryNodeAndEdge() throws Exception {
		HttpResponse<byte[]> response = get("/export/graph.graphml");
		assertThat(response.statusCode()).isEqualTo(200);
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document graphMl = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));

		Set<String> keys = new HashSet<>();
		NodeList keyElements = graphMl.getElementsByTagName("key");
		for (int i = 0; i < keyElements.getLength(); i++) {
			Element key = (Element) keyElements.item(i);
			keys.add(key.getAttribute("id"));
			assertThat(key.getAttribute("attr.type")).isIn("boolean", "int", "long", "float", "double", "string");
		}
		NodeList data = graphMl.getElementsByTagName("data");
		for (int i = 0; i < data.getLength(); i++) {
			assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
		}
		assertThat(keys).contains("n_label", "n_name", "n_aliases", "n_kind", "n_sources", "n_year", "e_label", "e_sources",
				"e_order");
		assertThat(graphMl.getElementsByTagName("node").getLength()).isEqualTo(graphInt("nodeCount"));
		assertThat(graphMl.getElementsByTagName("edge").getLength()).isEqualTo(graphInt("relationshipCount"));
		assertThat(new String(response.body(), StandardCharsets.UTF_8))
			.contains("<data key=\"n_name\">奇安信科技集团股份有限公司</data>")
			.contains("<key id=\"n_year\" for=\"node\" attr.name=\"year\" attr.type=\"long\"");
		System.out.printf("GraphML: %d keys, %d nodes, %d edges, %d bytes%n", keys.size(),
				graphMl.getElementsByTagName("node").getLength(), graphMl.getElementsByTagName("edge").getLength(),
				response.body().length);
	}

	@Test
	void csvHasEveryNodeAndEdgeWithTheirSources() throws Exception {
		List<List<String>> nodes = Csv.parse(new String(get("/export/nodes.csv").body(), StandardCharsets.UTF_8));
		List<List<String>> edges = Csv.parse(new String(get("/export/edges.csv").body(), StandardCharsets.UTF_8));

		assertThat(nodes.get(0)).startsWith("id", "label", "name", "aliases", "nameEn", "kind", "sources")
			.contains("year", "description").doesNotContain("keys", "searchText");
		assertThat(edges.get(0)).startsWith("source", "target", "label", "sources").contains("order", "title");
		assertThat(nodes).hasSize(graphInt("nodeCount") + 1).allSatisfy(row -> assertThat(row).hasSize(nodes.get(0).size()));
		assertThat(edges).hasSize(graphInt("relationshipCount") + 1).allSatisfy(row -> assertThat(row).hasSize(edges.get(0).size()));
		assertThat(nodes).anySatisfy(row -> assertThat(row).startsWith("org/amd", "Organisation", "超威半导体公司",
				"超威半导体公司（AMD）|AMD|超威"));
		assertThat(edges).anySatisfy(row -> assertThat(row).startsWith("proj/wic2025-lt-tiantong-direct", "org/huawei-device",
				"CO_APPLICANT", "src/cac-2026-calls"));
		System.out.printf("CSV: %d nodes x %d columns, %d edges x %d columns%n", nodes.size() - 1, nodes.get(0).size(),
				edges.size() - 1, edges.get(0).size());
	}

	/** What a curator types must not run as a formula when an analyst opens the CSV in a spreadsheet. */
	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreQuoted() throws Exception {
		String formula = "=HYPERLINK(\"https://example.org\",\"点击\")";
		try {
			editor.document("""
					mutation($name: String!) { createEntity(input: {label: Organisation, name: $name, kind: "COMPANY"},
					  source: {id: "src/cic2024"}) { entity { id } errors { message } } }""")
				.variable("name", formula).execute()
				.path("createEntity.errors").entityList(Object.class).hasSize(0);
			List<List<String>> nodes = Csv.parse(new String(get("/export/nodes.csv").body(), StandardCharsets.UTF_8));
			assertThat(nodes).anySatisfy(row -> assertThat(row.get(2)).isEqualTo("'" + formula))
				.noneSatisfy(row -> assertThat(row.get(2)).startsWith("="));
		}
		finally {
			loader.load();
		}
	}

	@Test
	void graphMlReplacesCharactersXmlCannotCarry() {
		assertThat(Values.xml("奇安信\u0007集团\uD800")).isEqualTo("奇安信\uFFFD集团\uFFFD");
		assertThat(Values.xml("AMD 超威\t😀\n")).isEqualTo("AMD 超威\t😀\n");
		assertThat(Values.spreadsheetCell(-5L)).isEqualTo("-5");
		assertThat(Values.spreadsheetCell("-5")).isEqualTo("'-5");
		assertThat(Values.spreadsheetCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
	}

	private void refused(HttpGraphQlTester client, ErrorType type) {
		client.documentName("importDataset").variable("location", SEED).execute()
			.errors().satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(type)));
	}

	private Map<String, Object> importDataset(HttpGraphQlTester client, String location) {
		return client.documentName("importDataset").variable("location", location).execute()
			.path("importDataset").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			}).get();
	}

	private String hash() {
		return anonymous.document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
	}

	private int graphInt(String field) {
		return anonymous.document("{ graph { " + field + " } }").execute().path("graph." + field).entity(Integer.class).get();
	}

	private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	static Path unzip(byte[] zip, Path dir) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				Path target = dir.resolve(entry.getName()).normalize();
				assertThat(target.startsWith(dir)).as("entry inside the directory").isTrue();
				Files.createDirectories(target.getParent());
				Files.write(target, in.readAllBytes());
			}
		}
		return dir;
	}
}
