// name: relation-timeline
// title: Timeline of the relations between two entities
// title_ar: الخط الزمني للعلاقات بين كيانين
// description: How the relationship between two entities developed: every evidence sentence of every relationship between them, oldest first, with its article's date; optionally between two dates. Undated articles are left out when a date is given and listed last otherwise.
// description_ar: كيف تطورت العلاقة بين كيانين: كل جملة دليل لكل علاقة بينهما، من الأقدم إلى الأحدث، مع تاريخ مقالها؛ مع إمكانية حصرها بين تاريخين. تُستبعد المقالات غير المؤرخة عند تحديد تاريخ وتأتي أخيراً في غير ذلك.
// param: source: string | example: "التحالف الدولي" | Entity id or name at one end
// param: target: string | example: "جهاز مكافحة الإرهاب العراقي" | Entity id or name at the other end
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 500 | example: 100 | Maximum rows
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
MATCH (a)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(b)
// Each supporting article's Evidence node, dated by its article: an undated article has no place in
// a window (never its ingestion date).
MATCH (ev:Evidence {key: r.key})
WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
UNWIND range(0, size(ev.sentenceIds) - 1) AS i
WITH r, ev, i, ev.sentenceIds[i] AS sid
MATCH (article:Article {id: ev.articleId})
WITH r, ev, i, sid, article, ev.publishedAt AS date
RETURN date, left(date, 7) AS month, startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target,
       ev.evidence[i] AS sentence, article.title AS article, article.id AS articleId, sid AS sentenceId,
       startNode(r) AS sourceNode, r AS relationship, endNode(r) AS targetNode
ORDER BY date IS NULL, date, relation, sentenceId
LIMIT $limit
