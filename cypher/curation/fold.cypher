// What is left of merged entities once their articles were rewritten (manual relationships,
// nothing else): moved onto the survivor, then the merged nodes go. Runs after lock-entities.cypher
// in the same transaction (ingest/curation/index.ts, foldMerged).
//
// A merged entity that a sentence or statement still names is left alone: an article naming it was
// written meanwhile under older rules, and deleting the node would take those mentions, and the
// aliases they carry, with it. The writer of that article writes it again under the newer rules
// (ingest/write/rewrite.ts), and foldMerged rewrites what is still left before folding.
MATCH (s:Entity {id: $survivor})
UNWIND $merged AS id
MATCH (m:Entity {id: id})
WHERE m <> s AND NOT EXISTS { (m)<-[:MENTIONS]-(:Sentence) } AND NOT EXISTS { (:Statement)-->(m) }
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
