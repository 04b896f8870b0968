// as-is.cypher with the relationship types the bench asks written into the text (typed expansion): what a statement generated per selection would do
MATCH (n:Entity) WHERE n.id IN $ids
RETURN {props: [k IN $keys | n[k]], labels: labels(n), sources:
  COLLECT { UNWIND CASE WHEN $sources THEN n.sources ELSE [] END AS sid
            MATCH (s:Entity {id: sid}) WHERE s:Source RETURN {props: properties(s), labels: labels(s)} },
  edges: COLLECT {
  UNWIND $prefetch AS g
  WITH g WHERE any(l IN labels(n) WHERE l IN g.labels)
  MATCH (n)-[r:PART_OF|HOLDS_POSITION|LEAD_APPLICANT]-(m:Entity)
  WHERE (g.types IS NULL OR type(r) IN g.types)
    AND (g.direction = 'BOTH' OR (g.direction = 'OUTGOING') = (startNode(r) = n))
  WITH g, r, m ORDER BY g.group, coalesce(r.order, 2147483647), type(r), m.name, m.id
  RETURN {group: g.group, type: type(r), outgoing: startNode(r) = n, props: properties(r),
          other: [k IN $keys | m[k]], labels: labels(m), next: COLLECT {
    UNWIND g.next AS h
    WITH h WHERE any(l IN labels(m) WHERE l IN h.labels)
    MATCH (m)-[r2:CO_APPLICANT]-(m2:Entity)
    WHERE (h.types IS NULL OR type(r2) IN h.types)
      AND (h.direction = 'BOTH' OR (h.direction = 'OUTGOING') = (startNode(r2) = m))
    WITH h, r2, m2 ORDER BY h.group, coalesce(r2.order, 2147483647), type(r2), m2.name, m2.id
    RETURN {group: h.group, type: type(r2), outgoing: startNode(r2) = m, props: properties(r2),
            other: [k IN $keys | m2[k]], labels: labels(m2)}
  }}
}} AS entity
