CALL () {
  CALL db.index.fulltext.queryNodes('entity_keys', $prefix, {limit: $candidates}) YIELD node
  RETURN node, 0.0 AS score
  UNION
  CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $label IS NULL OR $label IN labels(node)
WITH node, score,
     CASE WHEN $key IN node.keys THEN 3
          WHEN any(k IN node.keys WHERE k STARTS WITH $key) THEN 2
          WHEN any(k IN node.keys WHERE k CONTAINS $key) THEN 1
          ELSE 0 END AS exactness
ORDER BY exactness DESC, score DESC, size(node.name), node.id
SKIP $offset LIMIT $first
RETURN {values: [k IN $keys | node[k]], labels: labels(node)} AS entity, score, exactness
ORDER BY exactness DESC, score DESC, size(node.name), node.id
