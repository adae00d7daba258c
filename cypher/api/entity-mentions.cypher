// Sentences that mention an entity, with the mention offsets within the sentence text; in a time
// window ($articles, null for none), the sentences of its articles.
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(s:Sentence)
WHERE $articles IS NULL OR s.articleId IN $articles
RETURN s.articleId AS articleId, s.id AS sentenceId, s.text AS sentence, m.start AS start, m.end AS end
ORDER BY s.articleId, s.index, m.start
LIMIT $limit
