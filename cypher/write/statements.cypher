// Reported speech of one article: who said it, in which sentence, about whom, and on whose authority.
MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (st:Statement {id: row.id})
SET st.text = row.text, st.start = row.start, st.end = row.end, st.verb = row.verb, st.medium = row.medium,
    st.articleId = a.id
MERGE (a)-[:HAS_STATEMENT]->(st)
WITH st, row
CALL (st, row) {
  MATCH (speaker:Entity {id: row.speaker})
  MERGE (st)-[:SAID_BY]->(speaker)
}
CALL (st, row) {
  MATCH (s:Sentence {id: row.sentenceId})
  MERGE (st)-[:IN_SENTENCE]->(s)
}
CALL (st, row) {
  MATCH (src:Entity {id: row.source})
  MERGE (st)-[:SOURCE]->(src)
}
CALL (st, row) {
  UNWIND row.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (st)-[:ABOUT]->(e)
}
