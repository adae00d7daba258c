// One entity relationship by (source, type, target), with both ends and its Evidence nodes (one per
// supporting article, in arrival order: ingest/evidence.ts reads them). In a time window ($articles:
// its article ids, null for none), the evidence of those articles only; the relationship itself stays.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type
RETURN properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         WHERE $articles IS NULL OR ev.articleId IN $articles
         RETURN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidence, .evidenceStart, .evidenceEnd, .amounts,
                    .currencies}
         ORDER BY ev.seq
       } AS evidence,
       {id: a.id, labels: labels(a), properties: properties(a)} AS source,
       {id: b.id, labels: labels(b), properties: properties(b)} AS target
LIMIT 1
