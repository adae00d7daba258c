// Relationships among a set of entities (the nodes already chosen), optionally within one article.
// $ids: the chosen entity ids (relationships are found from them through the id index); $chosen:
// the same ids as a map id -> true, so the far end is tested with one hash look-up, not a scan of a
// list of up to 20,000 ids per relationship.
// With each, its Evidence nodes (one per supporting article, in arrival order; ingest/evidence.ts
// turns them into the edge's articleIds and, when asked, its per-sentence lists). Only what the
// reader uses is read: the article ids (and order) always; in a time window also the dates and
// sentence ids (the edge is counted there); the spans, amounts and sentence texts only when
// $evidence: the explorer reads them per edge (GET /api/edges/:id), and in the whole-graph payload
// they were most of the bytes (at 2,000 articles: 1.4 MB of 1.5).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND $chosen[b.id] AND type(r) IN $relations
  AND ($article IS NULL OR EXISTS { (:Evidence {id: $article + '|' + r.key}) })
  // In a time window ($articles: its article ids, null for none), only the evidence of those articles.
  AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles })
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         WHERE $articles IS NULL OR ev.articleId IN $articles
         RETURN CASE
           WHEN $evidence THEN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidenceStart, .evidenceEnd, .amounts,
                                   .currencies, .evidence}
           WHEN $articles IS NOT NULL THEN ev {.articleId, .seq, .publishedAt, .sentenceIds}
           ELSE ev {.articleId, .seq}
         END AS ev
         ORDER BY ev.seq
       } AS evidence
