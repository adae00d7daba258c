// Upgrades one batch of relationships from the old shape — evidence as lists on the relationship
// (articleIds, sentenceIds, evidence, evidenceStart, evidenceEnd, amounts, currencies), appended to
// by every article — to one Evidence node per (relationship, article), as cypher/write/article.cypher
// writes them; run until it returns 0 (ingest/write/migrate-evidence.ts). MERGE on the evidence id
// makes a batch that failed half-way safe to run again. `seq` follows the order of `articleIds`
// (the order the articles arrived in); an article's amounts stay null when it stated none.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.sentenceIds IS NOT NULL OR r.articleIds IS NOT NULL OR r.key IS NULL
WITH s, r, t LIMIT toInteger($batch)
WITH s, r, t, s.id + '|' + type(r) + '|' + t.id AS key, coalesce(r.articleIds, []) AS articles,
     coalesce(r.sentenceIds, []) AS sids
CALL (s, r, t, key, articles, sids) {
  UNWIND range(0, size(articles) - 1) AS k
  WITH s, r, t, key, sids, k, articles[k] AS aid
  MATCH (a:Article {id: aid})
  WITH s, r, t, key, sids, k, a, [i IN range(0, size(sids) - 1) WHERE sids[i] STARTS WITH a.id + ':'] AS idx
  WITH s, r, t, key, sids, k, a, idx,
       CASE WHEN r.amounts IS NULL THEN null ELSE [i IN idx | coalesce(r.amounts[i], 0.0)] END AS amounts
  MERGE (ev:Evidence {id: a.id + '|' + key})
    ON CREATE SET ev.key = key, ev.source = s.id, ev.type = type(r), ev.target = t.id, ev.articleId = a.id,
      ev.seq = k + 1, ev.publishedAt = a.publishedAt, ev.sentenceIds = [i IN idx | sids[i]],
      ev.evidence = [i IN idx | r.evidence[i]], ev.evidenceStart = [i IN idx | r.evidenceStart[i]],
      ev.evidenceEnd = [i IN idx | r.evidenceEnd[i]],
      ev.amounts = CASE WHEN any(x IN amounts WHERE x <> 0) THEN amounts END,
      ev.currencies = CASE WHEN any(x IN amounts WHERE x <> 0) THEN [i IN idx | coalesce(r.currencies[i], '')] END,
      ev.confidence = r.confidence
  MERGE (a)-[:HAS_EVIDENCE]->(ev)
  WITH ev
  CALL (ev) {
    UNWIND ev.sentenceIds AS sid
    MATCH (sentence:Sentence {id: sid})
    MERGE (ev)-[:IN_SENTENCE]->(sentence)
  }
  RETURN count(ev) AS records
}
SET r.key = key, r.seq = size(articles), r.articleCount = records, r.count = size(sids)
REMOVE r.articleIds, r.sentenceIds, r.evidence, r.evidenceStart, r.evidenceEnd, r.amounts, r.currencies
RETURN count(r) AS relationships, sum(records) AS records
