package dev.awardgraph.cookbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cookbook's questions and queries for the GraphiQL page {@code /cookbook.html}. */
@RestController
class CookbookController {

	private final List<Cookbook.Entry> entries;

	CookbookController() throws IOException {
		// docs/queries.md is packaged as cookbook/queries.md (see pom.xml)
		try (InputStream in = new ClassPathResource("cookbook/queries.md").getInputStream()) {
			entries = Cookbook.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).entries();
		}
	}

	@GetMapping("/cookbook.json")
	List<Cookbook.Entry> entries() {
		return entries;
	}
}
