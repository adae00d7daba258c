// The relationships among every entity graph-nodes-top.cypher chose when it chose all it could
// (fewer rows than its limit): the same conditions on both ends ($types: null for all; $minDegree
// on the stored degree) instead of their ids. The explorer's whole graph then reads each typed
// relationship once from the relationship-type scan, where graph-edges.cypher took two 12,527-entry
// parameters and as many index seeks at 5,000 real articles (edges read in half the time).
// Evidence as graph-edges.cypher reads it outside a time window.
MATCH (a:Entity)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]->(b:Entity)
WHERE a.degree >= $minDegree AND b.degree >= $minDegree
  AND ($types IS NULL OR (a.type IN $types AND b.type IN $types))
RETURN a.id AS source, type(r) AS type, b.id AS target, properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         RETURN CASE
           WHEN $evidence THEN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidenceStart, .evidenceEnd, .amounts,
                                   .currencies, .evidence}
           ELSE ev {.articleId, .seq}
         END AS ev
         ORDER BY ev.seq
       } AS evidence
