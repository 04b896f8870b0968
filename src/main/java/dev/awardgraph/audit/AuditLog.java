package dev.awardgraph.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Every change to the graph, as {@code :AuditEntry} nodes beside the knowledge graph (not :Entity, so they are
 * neither searched nor hashed nor replaced by a dataset load). Written in the transaction of the change itself:
 * a change without its entry, or an entry without its change, cannot happen.
 */
@Repository
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Neo4jClient neo4j;

	AuditLog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** Call inside the change's transaction. */
	public void record(String actor, String action, List<String> entities, Map<String, Object> changes, String reason,
			String sourceId) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("id", UUID.randomUUID().toString());
		entry.put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
		entry.put("actor", actor);
		entry.put("action", action);
		entry.put("entities", entities);
		entry.put("changes", JSON.writeValueAsString(changes));
		entry.put("reason", reason);
		entry.put("source", sourceId);
		neo4j.query("CREATE (e:AuditEntry) SET e = $entry").bind(entry).to("entry").run();
	}

	Page entries(String entity, int offset, int size) {
		Map<String, Object> params = new HashMap<>();
		params.put("entity", entity);
		params.put("offset", offset);
		params.put("end", offset + size);
		return neo4j.query("""
				MATCH (e:AuditEntry) WHERE $entity IS NULL OR $entity IN e.entities
				WITH e ORDER BY e.at DESC, e.id
				WITH collect(properties(e)) AS rows
				RETURN size(rows) AS total, rows[$offset..$end] AS page""")
			.bindAll(params)
			.fetchAs(Page.class)
			.mappedBy((t, r) -> new Page(r.get("total").asLong(), r.get("page").asList(v -> Entry.of(v.asMap()))))
			.one().orElse(new Page(0, List.of()));
	}

	record Page(long total, List<Entry> entries) {
	}

	/** An audit entry as GraphQL shows it; {@code source} is resolved to the Source entity by the controller. */
	record Entry(String id, String at, String actor, String action, List<String> entities, String changes,
			String reason, String sourceId) {

		@SuppressWarnings("unchecked")
		static Entry of(Map<String, Object> p) {
			return new Entry((String) p.get("id"), (String) p.get("at"), (String) p.get("actor"), (String) p.get("action"),
					(List<String>) p.get("entities"), (String) p.get("changes"), (String) p.get("reason"),
					(String) p.get("source"));
		}
	}
}
