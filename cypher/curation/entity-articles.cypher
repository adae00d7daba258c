// Articles whose facts involve these entities (mentions or statements): what a correction of them
// rewrites.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  RETURN a.id AS article
  UNION
  MATCH (a:Article)-[:HAS_STATEMENT]->(:Statement)-->(e)
  RETURN a.id AS article
}
RETURN DISTINCT article
