// The whole network's 500 heaviest edges (and one more), weights counted per pair of nodes: as of 065106f's parent.
MATCH (p:Project)
MATCH (a)<-[:LEAD_APPLICANT|CO_APPLICANT]-(p)-[:LEAD_APPLICANT|CO_APPLICANT]->(b)
WHERE a.id < b.id
WITH a, b, count(DISTINCT p) AS weight
ORDER BY weight DESC, a.id, b.id LIMIT 501
RETURN a.id, b.id, weight
