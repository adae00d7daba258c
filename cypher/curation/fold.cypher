// What is left of merged entities once their articles were rewritten (manual relationships,
// nothing else): moved onto the survivor, then the merged nodes go.
UNWIND $merged AS id
MATCH (m:Entity {id: id})
MATCH (s:Entity {id: $survivor})
CALL (m, s) {
  MATCH (m)-[r]->(t:Entity) WHERE t <> s
  MERGE (s)-[n:$(type(r))]->(t)
  SET n += properties(r)
}
CALL (m, s) {
  MATCH (t:Entity)-[r]->(m) WHERE t <> s
  MERGE (t)-[n:$(type(r))]->(s)
  SET n += properties(r)
}
DETACH DELETE m
RETURN count(*) AS folded
