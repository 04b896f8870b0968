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
RETURN {values: [k IN $keys | node[k]], labels: labels(node)} AS entity, score, exactness
ORDER BY exactness DESC, shared DESC, score DESC, size(node.name), node.id
