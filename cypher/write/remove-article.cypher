// Removes article $id with its sentences and statements, recomputes the mention and relationship
// totals of the entities it mentioned from what is left (not decremented: the article's own totals
// may never have been applied, see entity-totals.cypher), takes the article out of their
// `articleCount` if co-mentions.cypher had counted it (its `coMentions` mark), and deletes entities
// nothing refers to any more.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH a, collect(DISTINCT e) AS touched
CALL (a, touched) {
  // articleCount counts the articles co-mentions.cypher marked: this one, once, if it was marked.
  // Taken back before the article goes (a read of the deleted node's mark later would fail).
  WITH a, touched WHERE coalesce(a.coMentions, false)
  UNWIND touched AS e
  SET e.articleCount = coalesce(e.articleCount, 0) - 1
}
CALL (a) {
  // What the article added to the stored co-mentions (co-mentions.cypher), if it was added: the
  // same pairs and counts, taken back; a pair no article supports any more goes. The caller holds
  // the article's lock (ingest/write/delete.ts), so its `coMentions` mark cannot change meanwhile.
  WITH a WHERE coalesce(a.coMentions, false)
  MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
  WITH s, e.id AS entity ORDER BY entity
  WITH s, collect(DISTINCT entity) AS named
  WHERE size(named) > 1
  UNWIND range(0, size(named) - 2) AS i
  UNWIND range(i + 1, size(named) - 1) AS j
  WITH named[i] AS source, named[j] AS target, count(*) AS sentences
  ORDER BY source, target
  MATCH (c:CoMention {key: source + '|' + target})
  SET c.sentences = c.sentences - sentences, c.articles = c.articles - 1
  WITH c WHERE c.articles <= 0 OR c.sentences <= 0
  DELETE c
}
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
      e.degree = COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-() }
}
