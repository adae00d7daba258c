// name: co-mentions
// title: Co-mentions
// title_ar: الكيانات المذكورة معاً
// description: Entities named in the same sentence as a given one, ranked by the number of shared sentences, with an example sentence and any typed relationship between the two; optionally only the sentences (and relationships' evidence) of articles published between two dates.
// description_ar: الكيانات المذكورة في الجملة نفسها مع كيان معيّن، مرتّبة حسب عدد الجمل المشتركة، مع جملة مثال وأي علاقة مصنّفة بينهما؛ مع إمكانية حصرها في جمل المقالات المنشورة بين تاريخين.
// param: entity: string | example: "العراق" | Entity id or name
// param: types: string[] = ["Person","Organization","Country","City","Location"] | example: ["Person","Organization"] | Entity types of the co-mentioned entities
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 25 | example: 10 | Maximum entities
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
// Its sentences; in a window, those of articles dated inside it (an undated article is in none).
MATCH (e)<-[:MENTIONS]-(s:Sentence)
WHERE ($from IS NULL AND $to IS NULL) OR EXISTS {
  MATCH (article:Article)-[:HAS_SENTENCE]->(s)
  WHERE ($from IS NULL OR article.publishedAt >= $from)
    AND ($to IS NULL OR left(article.publishedAt, size($to)) <= $to)
}
WITH DISTINCT e, s
MATCH (s)-[:MENTIONS]->(other:Entity)
WHERE other <> e AND other.type IN $types
WITH e, other, collect(DISTINCT s) AS sentences
WITH e, other, sentences, size(sentences) AS shared
ORDER BY shared DESC, other.mentionCount DESC, other.id
LIMIT $limit
// The typed relationships between the two; in a window, those with evidence in it.
WITH e, other, sentences, shared, COLLECT {
  MATCH (e)-[r]-(other)
  WHERE ($from IS NULL AND $to IS NULL) OR EXISTS {
    MATCH (ev:Evidence {key: r.key})
    WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  }
  RETURN r
} AS relationships
RETURN e.name AS entity, other.name AS other, other.nameEn AS otherEn, other.type AS type, shared,
       sentences[0].text AS example, [r IN relationships | type(r)] AS relations,
       e AS entityNode, other AS otherNode, relationships
