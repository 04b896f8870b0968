package dev.awardgraph.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
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

import dev.awardgraph.safety.SafetyProperties;
import dev.awardgraph.support.GraphQlClient;
import dev.awardgraph.support.GraphTest;
import dev.awardgraph.support.TestTokens;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /import through real HTTP on the shared seed graph: an upload is imported whole, or refused whole. */
@GraphTest
class ImportUploadTest {

	@LocalServerPort
	int port;

	@Autowired
	SafetyProperties safety;

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

	/**
	 * The size limit, both ways it is checked: a Content-Length beyond it is answered 413 before the body is read
	 * (sent over a plain socket: java.net.http sets Content-Length itself), and an archive that unpacks beyond it
	 * (a small zip of a large file) is refused with 400 while unpacking, before anything is loaded.
	 */
	@Test
	void anUploadBeyondTheSizeLimitIsRefusedAndTheGraphStaysAsItWas() throws Exception {
		String before = hash();
		long limit = safety.maxImportSize().toBytes();

		String declared;
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(("POST /import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
					+ TestTokens.ADMIN + "\r\nContent-Type: application/zip\r\nContent-Length: " + (limit + 1)
					+ "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			socket.shutdownOutput(); // no body follows: the server closes once it has answered
			declared = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry("facts/big.yaml"));
			byte[] comment = ("#" + " ".repeat(1022) + "\n").getBytes(StandardCharsets.US_ASCII);
			for (long written = 0; written <= limit; written += comment.length) {
				zip.write(comment);
			}
			zip.closeEntry();
		}
		HttpResponse<String> unpacked = post(bomb.toByteArray(), TestTokens.ADMIN);

		assertThat(declared).startsWith("HTTP/1.1 413").contains("\"imported\":false",
				"the upload is " + (limit + 1) + " bytes; the limit is " + limit);
		assertThat((long) bomb.size()).isLessThan(limit / 100);
		assertThat(unpacked.statusCode()).isEqualTo(400);
		assertThat(unpacked.body()).contains("\"imported\":false", "more than " + limit + " bytes unpacked");
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
