// An entity and the entities within $depth (1 or 2) hops over the given relation types.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (e)-[r1]-(n1:Entity)
WHERE type(r1) IN $relations
WITH e, collect(DISTINCT n1) AS hop1
CALL (hop1) {
  UNWIND CASE WHEN $depth >= 2 THEN hop1 ELSE [] END AS h
  MATCH (h)-[r2]-(n2:Entity)
  WHERE type(r2) IN $relations
  RETURN collect(DISTINCT n2) AS hop2
}
WITH [e] + hop1 + hop2 AS all
UNWIND all AS n
WITH DISTINCT n
LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       COUNT { (n)-[r]-(:Entity) WHERE type(r) IN $relations } AS degree
