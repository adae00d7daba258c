// The relationships of export/edges.cypher whose source is one of $sources (a page of exported
// entity ids, in id order), for the streamed JSON export (ingest/export/stream.ts): pages of sources
// in id order give the whole export's order (source, type, target) without sorting every
// relationship at once. Same filters and columns as export/edges.cypher.
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.id IN $sources
  AND ($relations IS NULL OR type(r) IN $relations)
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
