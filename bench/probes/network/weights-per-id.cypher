// The same edges, weights counted by id, each project's applicants once: as NetworkRepository does since 065106f.
MATCH (p:Project)
WITH p, COLLECT { MATCH (p)-[:LEAD_APPLICANT|CO_APPLICANT]->(o) RETURN DISTINCT o.id } AS ids
WHERE size(ids) > 1
UNWIND ids AS a
UNWIND ids AS b
WITH a, b WHERE a < b
WITH a, b, count(*) AS weight
ORDER BY weight DESC, a, b LIMIT 501
RETURN a, b, weight
