// What is left of merged entities once their articles were rewritten (manual relationships,
// nothing else): moved onto the survivor, then the merged nodes go.
UNWIND $merged AS id
MATCH (m:Entity {id: id})
MATCH (s:Entity {id: $survivor})
CALL (m, s) {
  MATCH (m)-[r]->(t:Entity) WHERE t <> s
  MERGE (s)-[n:$(type(r))]->(t)
    ON CREATE SET n += properties(r)
  // One the survivor already has keeps its aggregates and evidence, and takes the analyst's marks.
  SET n += r {.manual, .manualNote, .manualSentence, .reviewed, .reviewedBy, .reviewedAt, .reviewCorrection},
      n.key = s.id + '|' + type(r) + '|' + t.id
}
CALL (m, s) {
  MATCH (t:Entity)-[r]->(m) WHERE t <> s
  MERGE (t)-[n:$(type(r))]->(s)
    ON CREATE SET n += properties(r)
  // One the survivor already has keeps its aggregates and evidence, and takes the analyst's marks.
  SET n += r {.manual, .manualNote, .manualSentence, .reviewed, .reviewedBy, .reviewedAt, .reviewCorrection},
      n.key = t.id + '|' + type(r) + '|' + s.id
}
DETACH DELETE m
RETURN count(*) AS folded
