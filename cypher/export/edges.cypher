// Typed entity-to-entity relationships for export, with their evidence arrays.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations)
  AND ($types IS NULL OR (s.type IN $types AND t.type IN $types))
  AND ($article IS NULL OR $article IN r.articleIds)
RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS properties
ORDER BY source, type, target
