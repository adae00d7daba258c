// name: statements-about
// title: Statements about
// title_ar: تصريحات عن كيان
// description: Statements that mention an entity, with who said them, the article and its date, newest first; optionally only those of articles published between two dates.
// description_ar: التصريحات التي تذكر كياناً، مع قائلها والمقال وتاريخه، الأحدث أولاً؛ مع إمكانية حصرها في مقالات منشورة بين تاريخين.
// param: entity: string | example: "العراق" | Entity id or name the statements are about
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
MATCH (st:Statement)-[about:ABOUT]->(e)
OPTIONAL MATCH (article:Article)-[:HAS_STATEMENT]->(st)
// Dated by its article: an undated article has no place in a window (never its ingestion date).
WITH e, st, about, article
WHERE ($from IS NULL OR article.publishedAt >= $from)
  AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
OPTIONAL MATCH (st)-[said:SAID_BY]->(speaker:Entity)
RETURN e.name AS entity, speaker.name AS speaker, speaker.nameEn AS speakerEn, st.verb AS verb,
       st.text AS statement, article.title AS article, coalesce(article.publishedAt, article.ingestedAt) AS date,
       st.articleId AS articleId, e AS entityNode, about, st AS statementNode, said, speaker AS speakerNode
ORDER BY date DESC, articleId, st.start
LIMIT $limit
