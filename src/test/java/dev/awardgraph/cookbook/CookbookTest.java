package dev.awardgraph.cookbook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.awardgraph.support.GraphTest;
import graphql.language.AstPrinter;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every query of docs/queries.md against the seed graph and compares the answer with the one printed
 * there, so the cookbook never goes stale. {@code -Dcookbook.write=true} rewrites the page with the answers
 * (and the queries pretty-printed) instead, for a deliberate change to review in the diff.
 */
@GraphTest
class CookbookTest {

	private static final Path PAGE = Path.of("docs/queries.md");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void everyCookbookAnswerIsTheLiveAnswer() throws Exception {
		Cookbook cookbook = Cookbook.parse(Files.readString(PAGE));
		assertThat(cookbook.entries()).as("questions in the cookbook").hasSizeGreaterThanOrEqualTo(20);
		if (Boolean.getBoolean("cookbook.write")) {
			Files.writeString(PAGE, cookbook.render(CookbookTest::pretty,
					e -> new Cookbook.Entry(e.section(), e.question(), e.query(), run(e.query()))));
			return;
		}
		List<String> stale = new ArrayList<>();
		for (Cookbook.Entry entry : cookbook.entries()) {
			String actual = run(entry.query());
			assertThat(JSON.readTree(actual).has("errors")).as(entry.question() + " answers without errors: " + actual).isFalse();
			if (!JSON.readTree(actual).equals(JSON.readTree(entry.answer()))) {
				stale.add(entry.question() + "\n  documented: " + entry.answer() + "\n  live:       " + actual);
			}
		}
		assertThat(stale).as("cookbook answers that differ from the live graph").isEmpty();
	}

	@Test
	void graphiqlPageOffersTheSameQueries() throws Exception {
		List<?> served = JSON.readValue(get("/cookbook.json"), List.class);
		Cookbook cookbook = Cookbook.parse(Files.readString(PAGE));
		assertThat(served).hasSize(cookbook.entries().size());
		assertThat(((Map<?, ?>) served.get(0)).get("query")).isEqualTo(cookbook.entries().get(0).query());
		assertThat(get("/cookbook.html")).contains("cookbook.json", "GraphiQL");
	}

	private String run(String query) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
				.build();
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
			return JSON.writeValueAsString(JSON.readTree(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private static String pretty(String query) {
		// AstPrinter writes object fields as "name : value"; GraphQL is usually written "name: value"
		return AstPrinter.printAst(Parser.parse(query)).replaceAll("(\\w) : ", "$1: ");
	}
}
