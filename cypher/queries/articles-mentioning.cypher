// name: articles-mentioning
// title: Articles mentioning
// title_ar: المقالات التي تذكر كياناً
// description: Articles that mention an entity, newest first, with the number of mentions and the sentences that mention it; optionally only the articles published between two dates.
// description_ar: المقالات التي تذكر كياناً، الأحدث أولاً، مع عدد مرات الذكر والجمل التي تذكره؛ مع إمكانية حصرها في المقالات المنشورة بين تاريخين.
// param: entity: string | example: "داعش" | Entity id or name
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 25 | example: 10 | Maximum articles
// Resolve $entity (shared by every query, keep the copies identical): exact id, then exact name or English name, then a full-text phrase.
CALL () {
  MATCH (e:Entity {id: $entity}) RETURN e, 3 AS rank, 0.0 AS score
  UNION
  MATCH (e:Entity {name: $entity}) RETURN e, 2 AS rank, 0.0 AS score
  UNION
  MATCH (e:Entity {nameEn: $entity}) RETURN e, 2 AS rank, 0.0 AS score
  UNION
  // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
  // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
  WITH reduce(s = toLower(trim($entity)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
         ['ة', 'ه'], ['ـ', ''], ['ً', ''], ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''], ['ْ', ''],
         ['ٰ', ''], ['\\', '\\\\'], ['"', '\\"']] | replace(s, p[0], p[1])) AS key
  WHERE key <> ''
  CALL db.index.fulltext.queryNodes('entity_names', '"' + key + '"', {limit: 10}) YIELD node, score
  RETURN node AS e, 1 AS rank, score
}
WITH e ORDER BY rank DESC, score DESC, e.mentionCount DESC LIMIT 1
MATCH (article:Article)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e)
// The article's own date only: an undated article has no place in a window (never its ingestion date).
WHERE ($from IS NULL OR article.publishedAt >= $from)
  AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
WITH e, article, s, count(m) AS inSentence
ORDER BY s.index
WITH e, article, collect(s) AS sentences, sum(inSentence) AS mentions
ORDER BY coalesce(article.publishedAt, article.ingestedAt) DESC, article.id
LIMIT $limit
RETURN e.name AS entity, article.title AS title, coalesce(article.publishedAt, article.ingestedAt) AS date,
       article.url AS url, article.source AS source, article.id AS articleId, mentions,
       [s IN sentences | s.text] AS sentenceTexts, e AS entityNode, article AS articleNode
