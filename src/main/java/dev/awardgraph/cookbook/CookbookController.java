package dev.awardgraph.cookbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.awardgraph.security.HttpAccess;
import dev.awardgraph.security.Role;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cookbook's questions and queries for the GraphiQL page {@code /cookbook.html}. Its recorded answers are
 * graph data, so it is readable by whoever may read the graph: everyone by default, READER tokens when reads are
 * closed.
 */
@RestController
class CookbookController {

	private final List<Cookbook.Entry> entries;
	private final HttpAccess access;

	CookbookController(HttpAccess access) throws IOException {
		this.access = access;
		// docs/queries.md is packaged as cookbook/queries.md (see pom.xml)
		try (InputStream in = new ClassPathResource("cookbook/queries.md").getInputStream()) {
			entries = Cookbook.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).entries();
		}
	}

	@GetMapping("/cookbook.json")
	ResponseEntity<?> entries(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		return access.refusal(authorization, Role.READER)
			.<ResponseEntity<?>>map(HttpAccess.Refusal::response)
			.orElseGet(() -> ResponseEntity.ok(entries));
	}
}
