// Statements said by an entity or about it, newest article first; in a time window ($articles, null
// for none), those of its articles. The page is chosen (dated through the article, ordered, cut to
// $limit) before the speaker, source and sentence are read: a hub has thousands of statements and
// those three look-ups for every one of them grew with the corpus.
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (st:Statement)-[:SAID_BY]->(e) RETURN st
  UNION
  MATCH (st:Statement)-[:ABOUT]->(e) RETURN st
}
WITH st WHERE $articles IS NULL OR st.articleId IN $articles
OPTIONAL MATCH (a:Article {id: st.articleId})
WITH st, coalesce(a.publishedAt, a.ingestedAt) AS publishedAt
ORDER BY publishedAt DESC, st.start
LIMIT $limit
OPTIONAL MATCH (st)-[:SAID_BY]->(sp:Entity)
OPTIONAL MATCH (st)-[:SOURCE]->(src:Entity)
OPTIONAL MATCH (st)-[:IN_SENTENCE]->(s:Sentence)
RETURN st.id AS id, st.text AS text, st.verb AS verb, st.articleId AS articleId, s.text AS sentence,
       CASE WHEN sp IS NULL THEN null ELSE {id: sp.id, name: sp.name, nameEn: sp.nameEn} END AS speaker,
       CASE WHEN src IS NULL THEN null ELSE {id: src.id, name: src.name, nameEn: src.nameEn} END AS source,
       publishedAt
ORDER BY publishedAt DESC, st.start
