// name: statements-about
// title: Statements about
// title_ar: تصريحات عن كيان
// description: Statements that mention an entity, with who said them, the article and its date, newest first.
// description_ar: التصريحات التي تذكر كياناً، مع قائلها والمقال وتاريخه، الأحدث أولاً.
// param: entity: string | example: "العراق" | Entity id or name the statements are about
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
OPTIONAL MATCH (st)-[said:SAID_BY]->(speaker:Entity)
OPTIONAL MATCH (article:Article)-[:HAS_STATEMENT]->(st)
RETURN e.name AS entity, speaker.name AS speaker, speaker.nameEn AS speakerEn, st.verb AS verb,
       st.text AS statement, article.title AS article, coalesce(article.publishedAt, article.ingestedAt) AS date,
       st.articleId AS articleId, e AS entityNode, about, st AS statementNode, said, speaker AS speakerNode
ORDER BY date DESC, articleId, st.start
LIMIT $limit
