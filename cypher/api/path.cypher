// All shortest paths between two entities over entity relations (at most 6 hops; $maxLength cuts lower),
// within a time window over relationships with evidence in it ($articles: its article ids, or null).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
// SHORTEST with the type test inside the pattern: the search only ever follows entity relations.
// (allShortestPaths with the test in WHERE wandered through sentences and articles, and for two
// entities with no such path it ran until the timeout.)
// The relation vocabulary spelled out as well: each step reads only those relationship groups.
MATCH p = ALL SHORTEST (a)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM WHERE type(r) IN $relations
    AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles })]-{1,6}(b)
WHERE length(p) <= $maxLength
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                 properties: properties(r), evidence: COLLECT {
         // Each step's Evidence nodes (in the window), in arrival order: ingest/evidence.ts reads them.
         MATCH (ev:Evidence {key: r.key})
         WHERE $articles IS NULL OR ev.articleId IN $articles
         RETURN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidence, .evidenceStart, .evidenceEnd, .amounts,
                    .currencies}
         ORDER BY ev.seq
       }}] AS rels
