// Relationships among a set of entities (the nodes already chosen), optionally within one article.
// Properties come without the per-sentence evidence lists ($evidenceKeys) unless $evidence: the
// explorer reads them per edge (GET /api/edges/:id), and in the whole-graph payload they were most
// of the bytes (at 2,000 articles: 1.4 MB of 1.5). `keys(r)` does not load the lists it skips.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $relations
  AND ($article IS NULL OR $article IN r.articleIds)
  // In a time window ($articles: its article ids, null for none); the route keeps only the evidence
  // of those articles (ingest/server/window.ts).
  AND ($articles IS NULL OR any(x IN r.articleIds WHERE x IN $articles))
RETURN a.id AS source, type(r) AS type, b.id AS target,
       [k IN keys(r) WHERE $evidence OR NOT k IN $evidenceKeys | [k, r[k]]] AS pairs
