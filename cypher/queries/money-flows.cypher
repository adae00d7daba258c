// name: money-flows
// title: Money flows
// title_ar: التدفقات المالية
// description: FUNDED relationships with amounts and currencies (every amount stated, across articles), summed per giver and receiver (and per giver, per receiver), largest first; optionally around one entity or in one currency.
// description_ar: علاقات التمويل (FUNDED) بمبالغها وعملاتها، مجموعة لكل مانح ومتلقٍّ (ولكل مانح ولكل متلقٍّ)، الأكبر أولاً، مع إمكانية حصرها حول كيان أو بعملة واحدة.
// param: entity: string = null | example: "التحالف الدولي" | Entity id or name that gives or receives (optional)
// param: currency: string = null | example: "USD" | ISO currency code (optional)
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
  MATCH (e)-[r:FUNDED]-()
  RETURN r
  UNION
  UNWIND CASE WHEN e IS NULL THEN [true] ELSE [] END AS everything
  MATCH ()-[r:FUNDED]->()
  RETURN r
}
// Its evidence: one Evidence node per article (in arrival order), inside the window when one is given.
WITH r, startNode(r) AS giver, endNode(r) AS receiver, COLLECT {
  MATCH (ev:Evidence {key: r.key})
  WHERE ($from IS NULL OR ev.publishedAt >= $from)
      AND ($to IS NULL OR left(ev.publishedAt, size($to)) <= $to)
  RETURN ev ORDER BY ev.seq
} AS evs
WHERE ($from IS NULL AND $to IS NULL) OR size(evs) > 0
// One flow per amount the evidence states (each article's `amounts`/`currencies`, parallel to its
// sentences, 0 where a sentence adds none), so funding reported in several articles adds up; a
// relationship whose evidence states none counts once with `amount`/`currency`.
WITH r, giver, receiver, evs,
     reduce(s = [], ev IN evs | s + [i IN range(0, size(coalesce(ev.amounts, [])) - 1) WHERE ev.amounts[i] <> 0 |
       {amount: ev.amounts[i], currency: CASE ev.currencies[i] WHEN '' THEN null ELSE ev.currencies[i] END}]) AS stated
UNWIND CASE WHEN size(stated) = 0 THEN [{amount: r.amount, currency: r.currency}] ELSE stated END AS flow
WITH r, giver, receiver, evs, flow
WHERE $currency IS NULL OR flow.currency = toUpper($currency)
WITH giver, receiver, flow.currency AS currency, sum(flow.amount) AS total, count(flow) AS flows,
     collect(DISTINCT r) AS rels, collect(DISTINCT evs[0].evidence[0]) AS evidence
// Window sums over the rows kept so far: what each giver gives and each receiver gets in a currency.
WITH collect({giver: giver, receiver: receiver, currency: currency, total: total, flows: flows, rels: rels,
              evidence: evidence}) AS rows
UNWIND rows AS row
WITH row, reduce(t = 0.0, x IN rows | t + CASE WHEN x.giver = row.giver AND x.currency = row.currency
                                             THEN coalesce(x.total, 0) ELSE 0 END) AS giverTotal,
     reduce(t = 0.0, x IN rows | t + CASE WHEN x.receiver = row.receiver AND x.currency = row.currency
                                      THEN coalesce(x.total, 0) ELSE 0 END) AS receiverTotal
RETURN row.giver.name AS giver, row.giver.nameEn AS giverEn, row.receiver.name AS receiver,
       row.receiver.nameEn AS receiverEn, row.total AS amount, row.currency AS currency, row.flows AS flows,
       giverTotal, receiverTotal, row.evidence AS evidence, row.giver AS giverNode, row.rels AS relationships,
       row.receiver AS receiverNode
ORDER BY row.total IS NULL, row.total DESC, giver, receiver
LIMIT $limit
