// name: statements-by
// title: Statements by
// title_ar: تصريحات كيان
// description: What a person or organisation said: each statement with its reporting verb, medium, the entities it is about, the article and its date, newest first; optionally only in articles published between two dates.
// description_ar: ما قاله شخص أو منظمة: كل تصريح مع فعل القول والوسيلة والكيانات التي يتناولها والمقال وتاريخه، الأحدث أولاً؛ مع إمكانية حصره في مقالات منشورة بين تاريخين.
// param: entity: string | example: "بايدن" | Entity id or name of the speaker
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 50 | example: 20 | Maximum statements
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
MATCH (st:Statement)-[said:SAID_BY]->(e)
OPTIONAL MATCH (article:Article)-[:HAS_STATEMENT]->(st)
// Dated by its article: an undated article has no place in a window (never its ingestion date).
WITH e, st, said, article
WHERE ($from IS NULL OR article.publishedAt >= $from)
  AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
WITH e, st, said, article
ORDER BY coalesce(article.publishedAt, article.ingestedAt) DESC, st.articleId, st.start
LIMIT $limit
CALL (st) {
  OPTIONAL MATCH (st)-[about:ABOUT]->(x:Entity)
  RETURN collect(x.name) AS about, collect(x) AS aboutNodes, collect(about) AS aboutRels
}
RETURN e.name AS speaker, e.nameEn AS speakerEn, st.verb AS verb, st.medium AS medium, st.text AS statement,
       about, article.title AS article, coalesce(article.publishedAt, article.ingestedAt) AS date,
       st.articleId AS articleId, e AS speakerNode, st AS statementNode, said, aboutNodes, aboutRels
