// Articles, newest first.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, a.publishedAt AS publishedAt,
       a.ingestedAt AS ingestedAt, coalesce(a.entityCount, 0) AS entityCount,
       coalesce(a.relationCount, 0) AS relationCount
ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, a.id
LIMIT $limit
