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
// Its neighbours, whose stored degree (entity-totals.cypher) is counted again after the fold.
WITH m, s, COLLECT { MATCH (m)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(o:Entity) WHERE o <> s RETURN DISTINCT o } AS others
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
WITH s, others
CALL (s, others) {
  UNWIND others + [s] AS e
  WITH DISTINCT e
  SET e.degree = COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
}
RETURN count(*) AS folded
