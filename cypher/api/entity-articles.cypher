// Articles that mention an entity, newest first; in a time window ($articles, null for none), its own.
MATCH (e:Entity {id: $id})<-[:MENTIONS]-(:Sentence)<-[:HAS_SENTENCE]-(a:Article)
WHERE $articles IS NULL OR a.id IN $articles
WITH DISTINCT a
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, a.publishedAt AS publishedAt,
       a.ingestedAt AS ingestedAt, coalesce(a.entityCount, 0) AS entityCount,
       coalesce(a.relationCount, 0) AS relationCount
ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC
LIMIT $limit
