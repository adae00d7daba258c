// name: unreviewed-relations
// title: Unreviewed relations of an entity
// title_ar: علاقات كيان لم تُراجَع
// description: For curation: an entity's relationships that no analyst has confirmed or added (kg curate confirm), least confident first, with their first evidence sentence; optionally only those with evidence from articles published between two dates, counted there.
// description_ar: للتدقيق: علاقات كيان لم يؤكدها محلل ولم يُضفها يدوياً، الأقل ثقة أولاً، مع أول جملة دليل؛ مع إمكانية حصرها في العلاقات التي لها أدلة من مقالات منشورة بين تاريخين.
// param: entity: string | example: "العراق" | Entity id or name
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 100 | example: 50 | Maximum relationships
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
MATCH (e)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(other:Entity)
WHERE NOT coalesce(r.reviewed, false)
// Its evidence (one Evidence node per article, in arrival order), inside the window when one is given:
// there the relationship needs some, and its mentions are counted from it. The confidence stays the
// relationship's own: that is what a reviewer confirms or rejects.
WITH e, r, other, COLLECT {
  MATCH (ev:Evidence {key: r.key})
  WHERE ($from IS NULL OR ev.publishedAt >= $from) AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  RETURN ev ORDER BY ev.seq
} AS evs
WHERE ($from IS NULL AND $to IS NULL) OR size(evs) > 0
RETURN e.name AS entity, type(r) AS relation, other.name AS other, other.nameEn AS otherEn,
       startNode(r) = e AS outgoing, r.confidence AS confidence,
       CASE WHEN $from IS NULL AND $to IS NULL THEN r.count
            ELSE reduce(n = 0, ev IN evs | n + size(ev.sentenceIds)) END AS mentions,
       evs[0].evidence[0] AS evidence, e AS entityNode, r AS relationship, other AS otherNode
ORDER BY confidence, mentions DESC, relation, other
LIMIT $limit
