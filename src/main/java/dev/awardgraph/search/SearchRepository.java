package dev.awardgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.awardgraph.entity.AskedProperties;
import dev.awardgraph.entity.Node;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Name search over two full-text indexes: {@code entity_keys} (normalised names and aliases, kept whole) for
 * exact and prefix matches, and {@code entity_search} (cjk analyzer) for partial ones. The order puts an exact
 * name/alias match first, then names starting with the text, then names containing it, then names sharing more of
 * the text's parts ({@link NameKeys#grams}), then the index's relevance — so 中国移动 answers 中国移动通信集团有限公司
 * before 中国移动国际有限公司.
 */
@Repository
class SearchRepository {

	private final Neo4jClient neo4j;

	SearchRepository(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/**
	 * @param luceneQuery the user's text for the cjk index, escaped
	 * @param key the normalised text ({@link NameKeys#key}); {@code keyTerm} is the same, escaped for Lucene
	 * @param grams the text's parts ({@link NameKeys#grams})
	 * @param keys the node properties to read ({@link AskedProperties})
	 */
	List<Hit> search(String luceneQuery, String key, String keyTerm, List<String> grams, String label, int offset,
			int first, int candidates, List<String> keys) {
		Map<String, Object> params = new HashMap<>();
		params.put("grams", grams);
		params.put("keys", keys);
		params.put("query", luceneQuery);
		params.put("term", keyTerm);
		params.put("prefix", keyTerm + "*");
		params.put("key", key);
		params.put("label", label);
		params.put("offset", offset);
		params.put("first", first);
		params.put("candidates", candidates);
		// candidates: names and aliases equal to the text, names and aliases starting with it, and the cjk index's
		// best. The exact ones are asked on their own: a prefix query scores every match alike, so past $candidates
		// matches it keeps those first in the index (not the exact one, which an edit moves to the end), and the cjk
		// index can rank a long-named exact match below shorter names (SearchTest, more than a hundred subsidiaries).
		// Partial matches are ordered by how many of the text's parts their names share before the index's score:
		// BM25 sums the parts a name has, weighted by rarity and divided by the name's length, so a short name with
		// two rare parts outranks a longer one with those two and more (SearchTest, the 54th institute).
		// node.keys is read into a variable once: each read is a property lookup (bench/probes/SearchProbe.java at 1M:
		// 34,225 db hits over its 40 texts reading it in each expression, 13,600 once).
		// Properties only for the page, after the sort: projected before it, they were read for every candidate
		// (up to 300), not only for the page. The page is sorted again after the projection, which Cypher does not
		// promise keeps the order (ten rows: nothing to pay)
		return query("""
				CALL () {
				  CALL db.index.fulltext.queryNodes('entity_keys', $term, {limit: $candidates}) YIELD node
				  RETURN node, 0.0 AS score
				  UNION
				  CALL db.index.fulltext.queryNodes('entity_keys', $prefix, {limit: $candidates}) YIELD node
				  RETURN node, 0.0 AS score
				  UNION
				  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
				  RETURN node, score
				}
				WITH node, max(score) AS score
				WHERE $label IS NULL OR $label IN labels(node)
				WITH node, score, node.keys AS keys
				WITH node, score, keys,
				     CASE WHEN $key IN keys THEN 3
				          WHEN any(k IN keys WHERE k STARTS WITH $key) THEN 2
				          WHEN any(k IN keys WHERE k CONTAINS $key) THEN 1
				          ELSE 0 END AS exactness
				WITH node, score, exactness,
				     CASE WHEN exactness = 0 THEN size([g IN $grams WHERE any(k IN keys WHERE k CONTAINS g)])
				          ELSE 0 END AS shared
				ORDER BY exactness DESC, shared DESC, score DESC, size(node.name), node.id
				SKIP $offset LIMIT $first
				RETURN %s AS entity, score, exactness
				ORDER BY exactness DESC, shared DESC, score DESC, size(node.name), node.id""".formatted(AskedProperties.projection("node")),
				params, keys);
	}

	/** Entities one of whose normalised names or aliases is exactly {@code key}. */
	List<Hit> lookup(String key, String keyTerm, String label, int first, List<String> keys) {
		Map<String, Object> params = new HashMap<>();
		params.put("keys", keys);
		params.put("term", keyTerm);
		params.put("key", key);
		params.put("label", label);
		params.put("first", first);
		return query("""
				CALL db.index.fulltext.queryNodes('entity_keys', $term) YIELD node, score
				WHERE $key IN node.keys AND ($label IS NULL OR $label IN labels(node))
				RETURN %s AS entity, score, 3 AS exactness
				ORDER BY size(node.name), node.id
				LIMIT $first""".formatted(AskedProperties.projection("node")), params, keys);
	}

	private List<Hit> query(String cypher, Map<String, Object> params, List<String> keys) {
		return neo4j.query(cypher)
			.bindAll(params)
			.fetchAs(Hit.class)
			.mappedBy((types, r) -> new Hit(AskedProperties.node(keys, r.get("entity")),
					r.get("score").asDouble(), r.get("exactness").asInt()))
			.all().stream().toList();
	}

	record Hit(Node entity, double score, int exactness) {
	}
}
