// Entities for the explorer, filtered by type, relation types and article; the most connected first.
// $types, $article: null for all; $relations: relation types counted for degree; $minDegree, $limit.
MATCH (e:Entity)
WHERE ($types IS NULL OR e.type IN $types)
  AND ($article IS NULL OR EXISTS {
    MATCH (:Article {id: $article})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  })
WITH e, COUNT {
  (e)-[r]-(:Entity)
  WHERE type(r) IN $relations AND ($article IS NULL OR $article IN r.articleIds)
} AS degree
WHERE degree >= $minDegree
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties, degree
ORDER BY degree DESC, e.mentionCount DESC, e.id
LIMIT $limit
