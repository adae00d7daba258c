// Adds articles' co-mentions to the stored pairs (one :CoMention node per pair of entities named in
// the same sentence, `key` = source|target with source < target): per pair, the sentences that name
// both (an entity named twice in a sentence counts once) and the articles they are in; and adds the
// articles to their entities' `articleCount`. Incremented, so an article must count once:
// `coMentions` marks the articles already added, read under the article's write lock (the SET
// reads what it writes), and remove-article.cypher takes back what a marked article added. Run by
// the entity-totals flush (ingest/write/entity-totals.ts) before it clears `entityTotalsPending`,
// and by `kg db migrate` for articles written before pairs were kept
// (ingest/write/migrate-co-mentions.ts). Pairs are written in key order, so concurrent runs lock in
// the same order. The ids come in a map (see entity-totals.cypher: plan cache and list sizes).
UNWIND $rows.articles AS articleId
MATCH (a:Article {id: articleId})
SET a.coMentions = coalesce(a.coMentions, false)
WITH a WHERE NOT a.coMentions
SET a.coMentions = true
WITH collect(a) AS marked
// Each entity the newly marked articles name counts them once in `articleCount` (see
// entity-totals.cypher): under the same mark, so an article is counted once however often or late
// its flush runs, and remove-article.cypher takes it back. Entities in id order, as the pairs.
CALL (marked) {
  UNWIND marked AS a
  MATCH (a)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
  WITH DISTINCT a, e
  WITH e, count(a) AS articles
  ORDER BY e.id
  SET e.articleCount = coalesce(e.articleCount, 0) + articles
}
UNWIND marked AS a
MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
WITH a, s, e.id AS entity ORDER BY entity
WITH a, s, collect(DISTINCT entity) AS named
WHERE size(named) > 1
UNWIND range(0, size(named) - 2) AS i
UNWIND range(i + 1, size(named) - 1) AS j
WITH a, named[i] AS source, named[j] AS target, count(*) AS sentences
WITH source, target, sum(sentences) AS sentences, count(a) AS articles
ORDER BY source, target
MERGE (c:CoMention {key: source + '|' + target})
  ON CREATE SET c.source = source, c.target = target, c.sentences = 0, c.articles = 0
SET c.sentences = c.sentences + sentences, c.articles = c.articles + articles
RETURN count(c) AS pairs
