// name: who-met-whom
// title: Who met whom
// title_ar: من التقى بمن
// description: All MET relationships with their dates, the places named in the same sentences, and the evidence; optionally around one entity or within one article.
// description_ar: كل علاقات اللقاء (MET) مع تواريخها والأماكن المذكورة في الجمل نفسها والأدلة، مع إمكانية حصرها حول كيان واحد أو في مقال واحد.
// param: entity: string = null | example: "جو بايدن" | Entity id or name to centre on (optional)
// param: article: string = null | Only meetings reported in this article id (optional)
// window: from, to
// param: from: string = null | example: "2021-01-01" | Earliest article date, ISO (optional)
// param: to: string = null | example: "2021-12-31" | Latest article date, ISO, inclusive (optional)
// param: limit: integer = 100 | example: 25 | Maximum rows
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
  MATCH (e)-[r:MET]-()
  RETURN r
  UNION
  UNWIND CASE WHEN e IS NULL THEN [true] ELSE [] END AS everything
  MATCH ()-[r:MET]->()
  RETURN r
}
// Its evidence (one Evidence node per article, in arrival order): of one article, or inside the window.
WITH r, startNode(r) AS a, endNode(r) AS b, COLLECT {
  MATCH (ev:Evidence {key: r.key})
  WHERE ($article IS NULL OR ev.articleId = $article)
    AND ($from IS NULL OR ev.publishedAt >= $from)
    AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  RETURN ev ORDER BY ev.seq
} AS evs
WHERE ($article IS NULL AND $from IS NULL AND $to IS NULL) OR size(evs) > 0
// Places: cities and locations named in the evidence sentences (meetings carry no place property).
CALL (evs) {
  UNWIND evs AS ev
  MATCH (ev)-[:IN_SENTENCE]->(:Sentence)-[:MENTIONS]->(place:Entity)
  WHERE place.type IN ['City', 'Location']
  RETURN collect(DISTINCT place.name) AS places, collect(DISTINCT place.nameEn) AS placesEn
}
WITH a, r, b, evs, places, placesEn, reduce(n = 0, ev IN evs | n + size(ev.sentenceIds)) AS mentions
RETURN a.name AS person, a.nameEn AS personEn, b.name AS met, b.nameEn AS metEn,
       r.date AS date, r.dateText AS dateText, places, placesEn, mentions,
       r.confidence AS confidence, reduce(t = [], ev IN evs | t + ev.evidence) AS evidence,
       [ev IN evs | ev.articleId] AS articles, a, r, b
ORDER BY coalesce(r.date, r.firstSeen) DESC, mentions DESC, a.id, b.id
LIMIT $limit
