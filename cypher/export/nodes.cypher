// Entities for `kg export` / GET /api/export; null filters mean "all".
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e) })
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties
ORDER BY id
