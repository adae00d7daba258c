// One article with its sentences and the mentions in them (offsets absolute in the article text).
MATCH (a:Article {id: $id})
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
  WITH s ORDER BY s.index
  RETURN collect(s {.id, .index, .start, .end, .text}) AS sentences
}
CALL (a) {
  OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[m:MENTIONS]->(e:Entity)
  WITH s, m, e ORDER BY s.start + m.start
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE
    {entityId: e.id, type: e.type, start: s.start + m.start, end: s.start + m.end, text: m.text} END) AS mentions
}
RETURN a.id AS id, a.title AS title, a.url AS url, a.source AS source, a.publishedAt AS publishedAt,
       a.ingestedAt AS ingestedAt, coalesce(a.entityCount, 0) AS entityCount,
       coalesce(a.relationCount, 0) AS relationCount, a.text AS text, sentences, mentions
