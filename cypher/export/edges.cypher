// Typed entity-to-entity relationships for export, each with its Evidence nodes (one per supporting
// article, in arrival order), which ingest/export turns into the evidence lists (ingest/evidence.ts).
MATCH (s:Entity)-[r]->(t:Entity)
WHERE ($relations IS NULL OR type(r) IN $relations)
  AND ($types IS NULL OR (s.type IN $types AND t.type IN $types))
  AND ($article IS NULL OR EXISTS { (:Evidence {id: $article + '|' + r.key}) })
RETURN s.id AS source, type(r) AS type, t.id AS target, properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         RETURN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidence, .evidenceStart, .evidenceEnd, .amounts,
                    .currencies}
         ORDER BY ev.seq
       } AS evidence
ORDER BY source, type, target
