// Takes article $id out of every relationship it supports: its Evidence nodes go, and each such
// relationship's aggregates are recomputed from the evidence left (a few nodes per article, found
// through the evidence_key index); a relationship no article supports any more is deleted.
MATCH (:Article {id: $id})-[:HAS_EVIDENCE]->(ev:Evidence)
MATCH (:Entity {id: ev.source})-[r:$(ev.type)]->(:Entity {id: ev.target})
WITH r, ev, ev.amounts IS NOT NULL AS priced
DETACH DELETE ev
WITH r, true IN collect(priced) AS priced
// Writing seq first takes the relationship's write lock, so the reads below are current.
SET r.seq = r.seq
WITH r, priced, COLLECT {
  MATCH (x:Evidence {key: r.key}) WHERE x.articleId <> $id
  RETURN x ORDER BY x.seq
} AS left
WITH r, left, priced OR any(x IN left WHERE x.amounts IS NOT NULL) AS priced,
     reduce(p = [], x IN left | p + [i IN range(0, size(coalesce(x.amounts, [])) - 1)
       WHERE x.amounts[i] <> 0 | [x.amounts[i], x.currencies[i]]]) AS paid
// Undated evidence (publishedAt null) does not count for firstSeen/lastSeen.
WITH r, left, priced, last(paid) AS latest, [x IN left WHERE x.publishedAt IS NOT NULL | x.publishedAt] AS dates
// seq goes back to the newest evidence left, so an article removed and written again (a
// correction's rewrite) leaves the relationship as it was.
SET r.seq = reduce(m = 0, x IN left | CASE WHEN x.seq > m THEN x.seq ELSE m END),
    r.count = reduce(n = 0, x IN left | n + size(x.sentenceIds)),
    r.articleCount = size(left),
    r.firstSeen = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d < m THEN d ELSE m END),
    r.lastSeen = reduce(m = null, d IN dates | CASE WHEN m IS NULL OR d > m THEN d ELSE m END),
    // amount / currency are the latest amount still supported (none left: the properties go).
    r.amount = CASE WHEN priced THEN latest[0] ELSE r.amount END,
    r.currency = CASE WHEN NOT priced THEN r.currency WHEN latest[1] = '' THEN null ELSE latest[1] END
WITH r
// A relationship an analyst added by hand (cypher/curation/marks.cypher) stays without articles.
WHERE r.articleCount = 0 AND NOT coalesce(r.manual, false)
WITH r, [startNode(r), endNode(r)] AS ends
DELETE r
// Both ends' stored degree, counted again without it (entity-totals.cypher).
WITH DISTINCT ends
UNWIND ends AS e
WITH DISTINCT e
SET e.degree = COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
