// Per day inside a time window, the articles that mention one entity (its evidence on the timeline).
MATCH (:Entity {id: $entity})<-[:MENTIONS]-(s:Sentence)
WITH DISTINCT s.articleId AS articleId
MATCH (a:Article {id: articleId})
WHERE a.publishedAt >= $from AND a.publishedAt < $until
RETURN left(a.publishedAt, 10) AS day, count(*) AS n
