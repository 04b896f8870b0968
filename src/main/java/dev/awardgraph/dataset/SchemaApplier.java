package dev.awardgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies schema/neo4j/*.cypher (constraints and indexes, all IF NOT EXISTS) in file order and waits for the
 * indexes to come online. Our own small runner: neo4j-migrations does not work with Boot 4 (shared/STACK.md).
 */
@Component
class SchemaApplier {

	private static final Logger log = LoggerFactory.getLogger(SchemaApplier.class);

	private final Neo4jClient neo4j;

	SchemaApplier(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	void apply() {
		int count = 0;
		for (String statement : statements()) {
			neo4j.query(statement).run();
			count++;
		}
		neo4j.query("CALL db.awaitIndexes(300)").run();
		log.info("Neo4j schema applied: {} statements", count);
	}

	static List<String> statements() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:schema/neo4j/*.cypher");
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.flatMap(file -> split(read(file)).stream())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read schema/neo4j/*.cypher", ex);
		}
	}

	private static List<String> split(String script) {
		String withoutComments = script.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
		return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}
}
