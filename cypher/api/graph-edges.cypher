// Relationships among a set of entities (the nodes already chosen), optionally within one article.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relations
  AND ($article IS NULL OR $article IN r.articleIds)
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties
