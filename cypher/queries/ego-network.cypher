// name: ego-network
// title: Ego network
// title_ar: الشبكة المحيطة بكيان
// description: Every entity within 1 or 2 hops of an entity, optionally only over some relation types or over relationships with evidence from articles published between two dates, with the path that reaches it.
// description_ar: كل الكيانات على بعد خطوة أو خطوتين من كيان، مع إمكانية حصرها في أنواع علاقات معيّنة أو في علاقات لها أدلة من مقالات منشورة بين تاريخين، والمسار الذي يصل إليها.
// param: entity: string | example: "مصطفى الكاظمي" | Entity id, Arabic name or English name at the centre
// param: depth: integer = 1 | example: 2 | Hops from the centre: 1 or 2
// param: relations: string[] = ["MET","VISITED","LEADS","MEMBER_OF","PART_OF","LOCATED_IN","COOPERATES_WITH","FUNDED","SUPPORTS","OPPOSES","SANCTIONED","ATTACKED","WITHDREW_FROM"] | example: ["MET","LEADS","PART_OF"] | Relation types to follow
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 200 | example: 100 | Maximum neighbours
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
// In a window, a step needs evidence from an article dated inside it (an undated article is in none).
MATCH p = (e)((:Entity)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM WHERE type(r) IN $relations
    AND (($from IS NULL AND $to IS NULL) OR EXISTS {
      MATCH (ev:Evidence {key: r.key})
      WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
    })]-(:Entity)){1,2}(n:Entity)
WHERE length(p) <= $depth AND n <> e
// Each neighbour once, at its shortest distance, reached by one of its shortest paths.
WITH e, n, p ORDER BY length(p)
WITH e, n, collect(p)[0] AS path
ORDER BY length(path), n.mentionCount DESC, n.id
LIMIT $limit
RETURN e.name AS centre, length(path) AS hops, n.name AS name, n.nameEn AS nameEn, n.type AS type,
       [r IN relationships(path) | type(r)] AS via, n.mentionCount AS mentions, path
