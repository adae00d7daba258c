// The dates of the given articles (null for an undated one), to order and bucket evidence by date.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.publishedAt AS publishedAt
