// An entity and the entities within $depth (1 or 2) hops over the given relation types; within a time
// window, over relationships with evidence in it ($articles: the window's article ids, null for none).
MATCH (e:Entity {id: $id})
// The relation vocabulary spelled out: only those relationship groups are read, not MENTIONS.
OPTIONAL MATCH (e)-[r1:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(n1:Entity)
WHERE type(r1) IN $relations AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r1.key}) WHERE x.articleId IN $articles })
WITH e, collect(DISTINCT n1) AS hop1
CALL (hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS h
  MATCH (h)-[r2:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(n2:Entity)
  WHERE type(r2) IN $relations AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r2.key}) WHERE x.articleId IN $articles })
  RETURN collect(DISTINCT n2) AS hop2
}
WITH [e] + hop1 + hop2 AS all
UNWIND all AS n
WITH DISTINCT n
LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       COUNT { (n)-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) WHERE type(r) IN $relations
         AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles }) } AS degree
