// name: entity-profile
// title: Entity profile
// title_ar: ملف كيان
// description: One entity (id, Arabic or English name) with its aliases, its relationships by type (how many of each type, mentions and evidence) and the statements it made.
// description_ar: كيان واحد (بالمعرّف أو الاسم العربي أو الإنجليزي) مع أسمائه البديلة، وعلاقاته حسب النوع (عددها ومرات ذكرها وأدلتها)، والتصريحات التي أدلى بها.
// param: entity: string | example: "جو بايدن" | Entity id, Arabic name or English name
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
  WITH e, r, other, type(r) AS relation
  ORDER BY relation, r.count DESC, other.id
  WITH e, relation, collect({r: r, other: other}) AS group
  UNWIND group[0..$limit] AS item
  WITH e, relation, size(group) AS ofType, item.r AS r, item.other AS other
  RETURN 'relationship' AS section, relation,
         CASE WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction, ofType,
         other.name AS other, other.nameEn AS otherEn, r.count AS mentions,
         coalesce(r.date, r.firstSeen) AS date, r.evidence[0..3] AS evidence, r.articleIds AS articles,
         r AS relationship, other AS otherNode
  UNION ALL
  MATCH (st:Statement)-[:SAID_BY]->(e)
  OPTIONAL MATCH (a:Article)-[:HAS_STATEMENT]->(st)
  WITH st, a ORDER BY coalesce(a.publishedAt, a.ingestedAt) DESC, st.start LIMIT $limit
  RETURN 'statement' AS section, st.verb AS relation, 'out' AS direction, null AS ofType,
         null AS other, null AS otherEn, 1 AS mentions, coalesce(a.publishedAt, a.ingestedAt) AS date,
         [st.text] AS evidence, [st.articleId] AS articles, null AS relationship, st AS otherNode
}
RETURN e.name AS entity, e.nameEn AS entityEn, e.type AS type, e.aliases AS aliases, section, relation,
       direction, ofType, other, otherEn, mentions, date, evidence, articles, e AS node, relationship, otherNode
