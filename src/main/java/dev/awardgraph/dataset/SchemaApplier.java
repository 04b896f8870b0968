package dev.awardgraph.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies schema/neo4j/*.cypher in file order and waits for the indexes to come online: each {@code CREATE … IF NOT
 * EXISTS} whose index or constraint is missing, each {@code DROP … IF EXISTS} (retired ones) whose is there. Our
 * own small runner: neo4j-migrations does not work with Boot 4 (shared/STACK.md).
 */
@Component
class SchemaApplier {

	private static final Logger log = LoggerFactory.getLogger(SchemaApplier.class);

	private final Neo4jClient neo4j;
	private final TransactionTemplate transaction;

	SchemaApplier(Neo4jClient neo4j, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.transaction = new TransactionTemplate(transactions);
	}

	void apply() {
		// On a restart everything exists already: one SHOW statement instead of a schema transaction. Skipping by
		// name is what IF [NOT] EXISTS does anyway. A uniqueness constraint's index has the constraint's name, and
		// there are no other kinds of constraint here, so the indexes name them all.
		Set<String> existing = new HashSet<>(neo4j.query("SHOW INDEXES YIELD name RETURN name").fetchAs(String.class).all());
		List<String> statements = statements();
		List<String> due = statements.stream().filter(statement -> existing.contains(name(statement)) == drops(statement)).toList();
		// one schema transaction: a store gets all of them or none
		transaction.executeWithoutResult(status -> due.forEach(statement -> neo4j.query(statement).run()));
		int applied = due.size();
		neo4j.query("CALL db.awaitIndexes(300)").run();
		log.info("Neo4j schema: {} statements, {} applied, {} with nothing to do", statements.size(), applied,
				statements.size() - applied);
	}

	/**
	 * The name in {@code CREATE [kind] CONSTRAINT|INDEX name IF NOT EXISTS …} or
	 * {@code DROP CONSTRAINT|INDEX name IF EXISTS}, or null.
	 */
	static String name(String statement) {
		Matcher name = NAME.matcher(statement);
		return name.find() ? (name.group(1) != null ? name.group(1) : name.group(2)) : null;
	}

	static boolean drops(String statement) {
		return statement.regionMatches(true, 0, "DROP", 0, 4);
	}

	private static final Pattern NAME = Pattern.compile(
			"^(?:CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS|DROP\\s+(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+EXISTS)",
			Pattern.CASE_INSENSITIVE);

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
