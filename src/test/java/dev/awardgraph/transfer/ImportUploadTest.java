package dev.awardgraph.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;
import dev.awardgraph.support.TestTokens;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /import through real HTTP on the shared seed graph: an upload is imported whole, or refused whole. */
@GraphTest
class ImportUploadTest {

	@LocalServerPort
	int port;

	@Test
	void theExportUploadedBackImportsTheSameGraph() throws Exception {
		String before = hash();
		byte[] export = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri("/export/graph.zip")).build(), HttpResponse.BodyHandlers.ofByteArray())
			.body();

		HttpResponse<String> response = post(export, TestTokens.ADMIN);

		System.out.printf("upload of the export (%d bytes): %d %s%n", export.length, response.statusCode(), response.body());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"imported\":true", "\"location\":\"upload:\"", "\"hashBefore\":\"" + before + "\"",
				"\"hash\":\"" + before + "\"", "\"problems\":[]");
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void anUploadThatIsNotAGoodDatasetIsRefusedSayingWhyAndTheGraphStaysAsItWas() throws Exception {
		String before = hash();

		HttpResponse<String> dangling = post(zip(resources("bad-datasets/dangling-reference")), TestTokens.ADMIN);
		HttpResponse<String> notZip = post("nodes: []".getBytes(StandardCharsets.UTF_8), TestTokens.ADMIN);
		HttpResponse<String> escaping = post(zip(Map.of("../outside.yaml", "nodes: []\n")), TestTokens.ADMIN);
		HttpResponse<String> noYaml = post(zip(Map.of("README.txt", "hello\n")), TestTokens.ADMIN);

		assertThat(dangling.statusCode()).isEqualTo(422);
		assertThat(dangling.body()).contains("\"imported\":false", "upload:facts/bad.yaml", "unknown reference 'org/nowhere'",
				"\"hash\":\"" + before + "\"").doesNotContain("awardgraph-import-");
		assertThat(notZip.statusCode()).isEqualTo(400);
		assertThat(notZip.body()).contains("\"imported\":false", "not a zip archive");
		assertThat(escaping.statusCode()).isEqualTo(400);
		assertThat(escaping.body()).contains("'../outside.yaml' points outside the dataset");
		assertThat(noYaml.statusCode()).isEqualTo(400);
		assertThat(noYaml.body()).contains("no *.yaml files");
		assertThat(hash()).isEqualTo(before);
	}

	@Test
	void anUploadNeedsAnAdminToken() throws Exception {
		String before = hash();
		byte[] body = zip(resources("bad-datasets/dangling-reference"));

		HttpResponse<String> anonymous = post(body, null);
		HttpResponse<String> editor = post(body, TestTokens.EDITOR);

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("role ADMIN");
		assertThat(editor.statusCode()).isEqualTo(403);
		assertThat(editor.body()).contains("has role EDITOR; this needs ADMIN");
		assertThat(hash()).isEqualTo(before);
	}

	private HttpResponse<String> post(byte[] body, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/import"))
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private String hash() {
		return GraphQlClient.forPort(port).document("{ graph { hash } }").execute().path("graph.hash").entity(String.class).get();
	}

	/** The files of a test-classpath folder, by their path inside it. */
	private static Map<String, String> resources(String folder) throws Exception {
		Path dir = Path.of(ImportUploadTest.class.getResource("/" + folder).toURI());
		Map<String, String> files = new LinkedHashMap<>();
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
				files.put(dir.relativize(file).toString(), Files.readString(file));
			}
		}
		return files;
	}

	private static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}
}
