// name: timeline
// title: Timeline
// title_ar: الخط الزمني
// description: Relationships over time: one row per relationship and article, ordered by the article's date, with the event date when the text gives one; optionally around one entity, between two dates, or of some types.
// description_ar: العلاقات عبر الزمن: صف لكل علاقة ومقال، مرتّب حسب تاريخ المقال، مع تاريخ الحدث إن ذكره النص، مع إمكانية حصرها حول كيان أو بين تاريخين أو في أنواع معيّنة.
// param: entity: string = null | example: "الولايات المتحدة" | Entity id or name (optional)
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO (optional)
// param: relations: string[] = ["MET","VISITED","LEADS","MEMBER_OF","PART_OF","LOCATED_IN","COOPERATES_WITH","FUNDED","SUPPORTS","OPPOSES","SANCTIONED","ATTACKED","WITHDREW_FROM"] | example: ["MET","WITHDREW_FROM","FUNDED"] | Relation types
// param: limit: integer = 200 | example: 50 | Maximum rows
OPTIONAL CALL () {
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
  RETURN e ORDER BY rank DESC, score DESC, e.mentionCount DESC LIMIT 1
}
WITH e WHERE $entity IS NULL OR e IS NOT NULL
// Around one entity: expand from it. Otherwise scan the relationship type; the UNWIND yields a row
// only when no entity was given, so the planner runs that scan under an Apply, never needlessly.
CALL (e) {
  WITH e WHERE e IS NOT NULL
  MATCH (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-()
  RETURN r
  UNION
  UNWIND CASE WHEN e IS NULL THEN [true] ELSE [] END AS everything
  MATCH ()-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]->()
  RETURN r
}
WITH r, startNode(r) AS a, endNode(r) AS b
WHERE type(r) IN $relations
// One row per supporting article (its Evidence node), dated by the article's own date: an undated
// article is in no window (never dated by its ingestion).
MATCH (ev:Evidence {key: r.key})
WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
MATCH (article:Article {id: ev.articleId})
WITH a, r, b, article, ev.publishedAt AS day
RETURN day AS date, r.date AS eventDate, r.dateText AS eventDateText, a.name AS source, type(r) AS relation,
       b.name AS target, a.nameEn AS sourceEn, b.nameEn AS targetEn, article.title AS article, article.id AS articleId,
       a, r, b
ORDER BY date IS NULL, date, eventDate, relation, source, target
LIMIT $limit
