// Removes article $id with its sentences and statements, recomputes the totals of the entities it
// mentioned from what is left (not decremented: the article's own totals may never have been
// applied, see entity-totals.cypher), and deletes entities nothing refers to any more.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS touched
CALL (a) {
  MATCH (a)-[:HAS_STATEMENT]->(st:Statement)
  DETACH DELETE st
}
CALL (a) {
  // Normally gone already (remove-relations.cypher runs first, and recomputes the relationships).
  MATCH (a)-[:HAS_EVIDENCE]->(ev:Evidence)
  DETACH DELETE ev
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
DETACH DELETE a
WITH touched
UNWIND touched AS e
WITH e, COUNT { (e)--() } AS degree
CALL (e, degree) {
  WITH e WHERE degree = 0
  DELETE e
}
CALL (e, degree) {
  WITH e WHERE degree > 0
  SET e.mentionCount = COUNT { (e)<-[:MENTIONS]-() },
      e.articleCount = COUNT { MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT s.articleId }
}
