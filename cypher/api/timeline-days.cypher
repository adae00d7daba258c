// Articles per day inside a time window ($from inclusive, $until exclusive: window-articles.cypher's
// bounds), for the histogram of GET /api/timeline. Undated articles have no day.
MATCH (a:Article)
WHERE a.publishedAt >= $from AND a.publishedAt < $until
RETURN left(a.publishedAt, 10) AS day, count(*) AS articles
ORDER BY day
