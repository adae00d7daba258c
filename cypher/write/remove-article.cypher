// Removes article $id with its sentences and statements, takes its mentions off the entity counts,
// and deletes entities nothing else refers to any more.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[m:MENTIONS]->(e:Entity)
WITH a, e, count(m) AS mentions
CALL (e, mentions) {
  WITH e, mentions WHERE e IS NOT NULL
  SET e.mentionCount = e.mentionCount - mentions, e.articleCount = e.articleCount - 1
}
WITH a, collect(e) AS touched
CALL (a) {
  MATCH (a)-[:HAS_STATEMENT]->(st:Statement)
  DETACH DELETE st
}
CALL (a) {
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  DETACH DELETE s
}
DETACH DELETE a
WITH touched
UNWIND touched AS e
WITH e
WHERE e.mentionCount <= 0 AND NOT (e)--()
DELETE e
