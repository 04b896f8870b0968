package dev.awardgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Name search over the {@code entity_search} full-text index (cjk analyzer). Candidates come from the index;
 * the order puts an exact name/alias match first, then names starting with the text, then names containing
 * it, then the index's relevance — so 中国移动 answers 中国移动通信集团有限公司 before 中国移动国际有限公司.
 */
@Repository
class SearchRepository {

	private final Neo4jClient neo4j;

	SearchRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	List<Hit> search(String luceneQuery, String key, String label, int first, int candidates) {
		Map<String, Object> params = new HashMap<>();
		params.put("query", luceneQuery);
		params.put("key", key);
		params.put("label", label);
		params.put("first", first);
		params.put("candidates", candidates);
		return neo4j.query("""
				CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
				WHERE $label IS NULL OR $label IN labels(node)
				WITH node, score,
				     CASE WHEN $key IN node.keys THEN 3
				          WHEN any(k IN node.keys WHERE k STARTS WITH $key) THEN 2
				          WHEN any(k IN node.keys WHERE k CONTAINS $key) THEN 1
				          ELSE 0 END AS exactness
				RETURN properties(node) AS props, labels(node) AS labels, score, exactness
				ORDER BY exactness DESC, score DESC, size(node.name), node.id
				LIMIT $first""")
			.bindAll(params)
			.fetchAs(Hit.class)
			.mappedBy((types, r) -> new Hit(Node.of(r.get("props").asMap(), r.get("labels").asList(v -> v.asString())),
					r.get("score").asDouble(), r.get("exactness").asInt()))
			.all().stream().toList();
	}

	record Hit(Node entity, double score, int exactness) {
	}
}
