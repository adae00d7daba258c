// name: shortest-paths
// title: Shortest paths
// title_ar: أقصر المسارات
// description: All shortest paths between two entities over entity relationships (at most 6 hops), with the evidence sentence of every step.
// description_ar: كل أقصر المسارات بين كيانين عبر العلاقات بين الكيانات (ست خطوات على الأكثر)، مع جملة الدليل لكل خطوة.
// param: from: string | example: "حسن ناظم" | Entity id or name where paths start
// param: to: string | example: "داعش" | Entity id or name where paths end
// param: maxLength: integer = 6 | example: 6 | Longest path to accept (1 to 6 hops)
// param: relations: string[] = ["MET","VISITED","LEADS","MEMBER_OF","PART_OF","LOCATED_IN","COOPERATES_WITH","FUNDED","SUPPORTS","OPPOSES","SANCTIONED","ATTACKED","WITHDREW_FROM"] | example: ["MEMBER_OF","PART_OF","LEADS","OPPOSES","COOPERATES_WITH","SUPPORTS","MET","WITHDREW_FROM"] | Relation types a path may use
// window: since, until
// param: since: string = null | example: "2021-01-01" | Only relationships with evidence from articles of this date or later, ISO (optional)
// param: until: string = null | example: "2021-12-31" | Only relationships with evidence from articles of this date or earlier, ISO, inclusive (optional)
// param: limit: integer = 10 | example: 10 | Maximum paths
CALL () {
  // Resolve $from (shared by every query, keep the copies identical): exact id, then exact name or English name, then a full-text phrase.
  CALL () {
    MATCH (e:Entity {id: $from}) RETURN e, 3 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {name: $from}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {nameEn: $from}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
    // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
    WITH reduce(s = toLower(trim($from)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
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
  // Resolve $to (shared by every query, keep the copies identical): exact id, then exact name or English name, then a full-text phrase.
  CALL () {
    MATCH (e:Entity {id: $to}) RETURN e, 3 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {name: $to}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    MATCH (e:Entity {nameEn: $to}) RETURN e, 2 AS rank, 0.0 AS score
    UNION
    // Full-text phrase over names, aliases and matching keys: the input gets the same Arabic
    // normalisation as `searchKeys` (alef forms, ى, ة, diacritics) and Lucene's quote and backslash escaped.
    WITH reduce(s = toLower(trim($to)), p IN [['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'],
           ['ة', 'ه'], ['ـ', ''], ['ً', ''], ['ٌ', ''], ['ٍ', ''], ['َ', ''], ['ُ', ''], ['ِ', ''], ['ّ', ''], ['ْ', ''],
           ['ٰ', ''], ['\\', '\\\\'], ['"', '\\"']] | replace(s, p[0], p[1])) AS key
    WHERE key <> ''
    CALL db.index.fulltext.queryNodes('entity_names', '"' + key + '"', {limit: 10}) YIELD node, score
    RETURN node AS e, 1 AS rank, score
  }
  RETURN e AS b ORDER BY rank DESC, score DESC, e.mentionCount DESC LIMIT 1
}
WITH a, b WHERE a <> b
// SHORTEST with the type test inside the pattern: the search only ever follows entity relations.
// (allShortestPaths with the test in WHERE wandered through sentences and articles, and for two
// entities with no such path it ran until the timeout.)
// The relation vocabulary spelled out as well: each step reads only those relationship groups.
// In a window (since/until: the article dates; from/to are the entities), a step needs evidence in it.
MATCH path = ALL SHORTEST (a)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM WHERE type(r) IN $relations
    AND (($since IS NULL AND $until IS NULL) OR EXISTS {
      MATCH (ev:Evidence {key: r.key})
      WHERE ($since IS NULL OR ev.publishedAt >= $since) AND ($until IS NULL OR left(ev.publishedAt, size($until)) <= $until)
    })]-{1,6}(b)
WHERE length(path) <= $maxLength
WITH a, b, path LIMIT $limit
// Each step's evidence (one Evidence node per article, in arrival order; in the window).
WITH a, b, path,
     [r IN relationships(path) | {source: startNode(r).name, type: type(r), target: endNode(r).name,
                                  evidence: COLLECT {
                                    MATCH (ev:Evidence {key: r.key})
                                    WHERE ($since IS NULL OR ev.publishedAt >= $since)
                                      AND ($until IS NULL OR left(ev.publishedAt, size($until)) <= $until)
                                    RETURN ev {.articleId, first: ev.evidence[0]} ORDER BY ev.seq
                                  }}] AS found
RETURN a.name AS from, b.name AS to, length(path) AS hops,
       [n IN nodes(path) | coalesce(n.nameEn, n.name)] AS via,
       [step IN found | {source: step.source, type: step.type, target: step.target,
                         evidence: step.evidence[0].first, articles: [ev IN step.evidence | ev.articleId]}] AS steps,
       path
