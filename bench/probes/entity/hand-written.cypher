// QueryMix.ENTITY_CYPHER, the benchmark's hand-written statement (its answer differs in shape)
MATCH (n:Entity {id: $id})
CALL (n) { UNWIND n.sources AS sid MATCH (s:Entity {id: sid}) WHERE s:Source RETURN collect(s {.id, .title}) AS sources }
RETURN n {.id, .name, .aliases, .nameEn, .kind, label: [l IN labels(n) WHERE l <> 'Entity'][0],
  sources: sources,
  parent: [(n)-[:PART_OF]->(p) | p {.id, .name}][0],
  units: [(n)<-[:PART_OF]-(u) | u {.id, .name}],
  people: [(n)<-[r:HOLDS_POSITION]-(p) | {title: r.title, node: p {.id, .name}, sources: r.sources}],
  leadApplicantOf: [(n)<-[:LEAD_APPLICANT]-(j) | j {.id, .name,
    coApplicants: [(j)-[c:CO_APPLICANT]->(o) | {order: c.order, node: o {.id, .name}}]}]} AS entity
