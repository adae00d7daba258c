// Counts again the `articleCount` of the entities the given articles name, from the articles
// co-mentions.cypher has counted (those with the `coMentions` mark): what `kg db migrate` runs
// after marking articles written before the count was kept incrementally
// (ingest/write/migrate-co-mentions.ts), whose entities' counts already included them. Entities in
// id order, as the flush locks them. The ids come in a map (see entity-totals.cypher).
UNWIND $rows.articles AS articleId
MATCH (:Article {id: articleId})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
ORDER BY e.id
SET e.articleCount = COUNT {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
  WHERE coalesce(a.coMentions, false)
  RETURN DISTINCT a
}
RETURN count(e) AS entities
