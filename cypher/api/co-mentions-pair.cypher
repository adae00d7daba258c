// The sentences that name both $source and $target (ids), for the co-mention edge panel: the
// totals and the first $limit sentences, newest article first.
MATCH (:Entity {id: $source})<-[:MENTIONS]-(s:Sentence)-[:MENTIONS]->(:Entity {id: $target})
WITH DISTINCT s
MATCH (a:Article)-[:HAS_SENTENCE]->(s)
WITH s, coalesce(a.publishedAt, a.ingestedAt) AS date
ORDER BY date DESC, s.articleId, s.index
WITH collect(s) AS shared, count(DISTINCT s.articleId) AS articles
RETURN size(shared) AS sentences, articles,
       [x IN shared[0..$limit] | {articleId: x.articleId, sentenceId: x.id, sentence: x.text}] AS evidence
