// bare.cypher with the types written into the text
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
  RETURN {group: g.group, type: type(r), outgoing: startNode(r) = n, props: {},
          other: m {.id, .name}, next: COLLECT {
    UNWIND g.next AS h
    WITH h WHERE any(l IN labels(m) WHERE l IN h.labels)
    MATCH (m)-[r2:CO_APPLICANT]-(m2:Entity)
    WHERE (h.types IS NULL OR type(r2) IN h.types)
      AND (h.direction = 'BOTH' OR (h.direction = 'OUTGOING') = (startNode(r2) = m))
    RETURN {group: h.group, type: type(r2), outgoing: startNode(r2) = m, props: {},
            other: m2 {.id, .name}}
  }}
}} AS entity
