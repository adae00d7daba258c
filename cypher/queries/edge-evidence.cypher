// name: edge-evidence
// title: Evidence for a relationship
// title_ar: أدلة علاقة
// description: The source sentences, the exact evidence spans and the articles behind the relationships between two entities (optionally of one type), one row per sentence.
// description_ar: جمل المصدر ومقاطع الدليل الدقيقة والمقالات التي تستند إليها العلاقات بين كيانين (أو نوع واحد منها)، صف لكل جملة.
// param: source: string | example: "التحالف الدولي" | Entity id or name at one end
// param: target: string | example: "جهاز مكافحة الإرهاب العراقي" | Entity id or name at the other end
// param: type: string = null | example: "FUNDED" | Relation type (optional: all relationships between the two)
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 100 | example: 50 | Maximum rows
CALL () {
  // Resolve $source (shared by every query, keep the copies identical): exact id, then exact name or English name, then a full-text phrase.
  CALL () {
    MATCH (e:Entity {id: $source}) RETURN e, 3 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {name: $source}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {nameEn: $source}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
    // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
    WITH reduce(s = toLower(trim($source)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
           ['ة', 'ه'], ['ـ', ''], ['ً', ''], ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''], ['ْ', ''],
           ['ٰ', ''], ['\\', '\\\\'], ['"', '\\"']] | replace(s, p[0], p[1])) AS key
    WHERE key <> ''
    CALL db.index.fulltext.queryNodes('entity_names', '"' + key + '"', {limit: 10}) YIELD node, score
    RETURN node AS e, 1 AS rank, score
  }
  RETURN e AS a ORDER BY rank DESC, score DESC, e.mentionCount DESC LIMIT 1
}
// Importing `a` makes this an Apply of one row, not a cartesian product.
CALL (a) {
  // Resolve $target (shared by every query, keep the copies identical): exact id, then exact name or English name, then a full-text phrase.
  CALL () {
    MATCH (e:Entity {id: $target}) RETURN e, 3 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {name: $target}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {nameEn: $target}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
    // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
    WITH reduce(s = toLower(trim($target)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
           ['ة', 'ه'], ['ـ', ''], ['ً', ''], ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''], ['ْ', ''],
           ['ٰ', ''], ['\\', '\\\\'], ['"', '\\"']] | replace(s, p[0], p[1])) AS key
    WHERE key <> ''
    CALL db.index.fulltext.queryNodes('entity_names', '"' + key + '"', {limit: 10}) YIELD node, score
    RETURN node AS e, 1 AS rank, score
  }
  RETURN e AS b ORDER BY rank DESC, score DESC, e.mentionCount DESC LIMIT 1
}
MATCH (a)-[r]-(b)
WHERE $type IS NULL OR type(r) = toUpper($type)
// One row per evidence sentence: each supporting article's Evidence node lists its sentences and spans.
MATCH (ev:Evidence {key: r.key})
// The article's own date only: an undated article has no place in a window.
WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
UNWIND range(0, size(ev.sentenceIds) - 1) AS i
WITH r, ev, i, ev.sentenceIds[i] AS sid
OPTIONAL MATCH (article:Article)-[:HAS_SENTENCE]->(s:Sentence {id: sid})
WITH r, i, sid, s, article, ev.evidence[i] AS sentence, ev.evidenceStart[i] AS spanStart,
     ev.evidenceEnd[i] AS spanEnd
RETURN startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target, sentence,
       CASE WHEN spanStart IS NULL OR spanEnd IS NULL THEN null
            ELSE substring(sentence, spanStart, spanEnd - spanStart) END AS span,
       spanStart, spanEnd, sid AS sentenceId, s.start AS articleOffset, article.title AS article,
       article.url AS url, coalesce(article.publishedAt, article.ingestedAt) AS date, article.id AS articleId,
       r.confidence AS confidence, startNode(r) AS sourceNode, r AS relationship, endNode(r) AS targetNode
ORDER BY relation, date DESC, sentenceId
LIMIT $limit
