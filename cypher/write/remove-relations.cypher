// Takes article $id out of every relationship it contributed to: its sentences leave the parallel
// evidence arrays, and a relationship no other article supports is deleted.
MATCH (:Article {id: $id})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
MATCH (e)-[r]->(:Entity)
WHERE $id IN r.articleIds
WITH DISTINCT r
// Writing articleIds first takes the relationship's write lock, so the reads below are current.
SET r.articleIds = [x IN r.articleIds WHERE x <> $id]
WITH r, [i IN range(0, size(r.sentenceIds) - 1) WHERE NOT r.sentenceIds[i] STARTS WITH $id + ":"] AS keep
SET r.evidence = [i IN keep | r.evidence[i]],
    r.evidenceStart = [i IN keep | r.evidenceStart[i]],
    r.evidenceEnd = [i IN keep | r.evidenceEnd[i]],
    r.amounts = CASE WHEN r.amounts IS NULL THEN null ELSE [i IN keep | r.amounts[i]] END,
    r.currencies = CASE WHEN r.currencies IS NULL THEN null ELSE [i IN keep | r.currencies[i]] END,
    r.sentenceIds = [i IN keep | r.sentenceIds[i]],
    r.count = size(keep)
WITH r
// amount / currency are the latest amount still supported (none left: the properties go).
WITH r, [i IN range(0, size(coalesce(r.amounts, [])) - 1) WHERE r.amounts[i] <> 0] AS paid
SET r.amount = CASE WHEN r.amounts IS NULL THEN r.amount ELSE r.amounts[last(paid)] END,
    r.currency = CASE
      WHEN r.amounts IS NULL THEN r.currency
      WHEN size(paid) = 0 OR r.currencies[last(paid)] = '' THEN null
      ELSE r.currencies[last(paid)]
    END
WITH r
CALL (r) {
  MATCH (a:Article) WHERE a.id IN r.articleIds
  // Undated articles (publishedAt null) do not count: min/max skip nulls.
  RETURN min(a.publishedAt) AS first, max(a.publishedAt) AS last
}
SET r.firstSeen = first, r.lastSeen = last
WITH r
// A relationship an analyst added by hand (cypher/curation/marks.cypher) stays without articles.
WHERE size(r.articleIds) = 0 AND NOT coalesce(r.manual, false)
DELETE r
