// name: entity-profile
// title: Entity profile
// title_ar: ملف كيان
// description: One entity (id, Arabic or English name) with its aliases, its relationships by type (how many of each type, mentions and evidence) and the statements it made.
// description_ar: كيان واحد (بالمعرّف أو الاسم العربي أو الإنجليزي) مع أسمائه البديلة، وعلاقاته حسب النوع (عددها ومرات ذكرها وأدلتها)، والتصريحات التي أدلى بها.
// param: entity: string | example: "جو بايدن" | Entity id, Arabic name or English name
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 100 | example: 50 | Maximum rows per section (relationships, statements)
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
CALL (e) {
  MATCH (e)-[r]-(other:Entity)
  // Its evidence (one Evidence node per article, in arrival order), inside the window when one is given.
  WITH e, r, other, COLLECT {
    MATCH (ev:Evidence {key: r.key})
    WHERE ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
    RETURN ev ORDER BY ev.seq
  } AS evs
  WHERE ($from IS NULL AND $to IS NULL) OR size(evs) > 0
  WITH e, r, other, evs, type(r) AS relation,
       CASE WHEN $from IS NULL AND $to IS NULL THEN r.count
            ELSE reduce(n = 0, ev IN evs | n + size(ev.sentenceIds)) END AS mentions
  ORDER BY relation, mentions DESC, other.id
  WITH e, relation, collect({r: r, other: other, evs: evs, mentions: mentions}) AS group
  UNWIND group[0..$limit] AS item
  WITH e, relation, size(group) AS ofType, item.r AS r, item.other AS other, item.evs AS evs,
       item.mentions AS mentions
  RETURN 'relationship' AS section, relation,
         CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, ofType,
         other.name AS other, other.nameEn AS otherEn, mentions,
         coalesce(r.date, r.firstSeen) AS date, reduce(t = [], ev IN evs | t + ev.evidence)[0..3] AS evidence,
         [ev IN evs | ev.articleId] AS articles,
         r AS relationship, other AS otherNode
  UNION ALL
  MATCH (st:Statement)-[:SAID_BY]->(e)
  OPTIONAL MATCH (a:Article)-[:HAS_STATEMENT]->(st)
  WITH st, a, a.publishedAt AS day
  WHERE ($from IS NULL OR day >= $from) AND ($to IS NULL OR left(day, size($to)) <= $to)
  WITH st, a ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, st.start LIMIT $limit
  RETURN 'statement' AS section, st.verb AS relation, 'out' AS direction, null AS ofType,
         null AS other, null AS otherEn, 1 AS mentions, coalesce(a.publishedAt, a.ingestedAt) AS date,
         [st.text] AS evidence, [st.articleId] AS articles, null AS relationship, st AS otherNode
}
RETURN e.name AS entity, e.nameEn AS entityEn, e.type AS type, e.aliases AS aliases, section, relation,
       direction, ofType, other, otherEn, mentions, date, evidence, articles, e AS node, relationship, otherNode
