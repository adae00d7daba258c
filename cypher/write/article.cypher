// The claimed article's properties and its sentences.
MATCH (a:Article {id: $article.id})
SET a += $article, a.ingestedAt = $now
REMOVE a.writeToken
WITH a
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.text = row.text, s.start = row.start, s.end = row.end, s.articleId = a.id
MERGE (a)-[:HAS_SENTENCE]->(s)
