// The articles that mention these entities (ingest/write/rekey-chains.ts): when each was ingested
// and by which extractor version. The ids come in a map, as in write/lookup.cypher (a list
// parameter's size is part of the plan cache key).
UNWIND $block.ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(s:Sentence)
WITH DISTINCT id, s.articleId AS articleId
MATCH (a:Article {id: articleId})
RETURN id AS entity, a.id AS article, a.ingestedAt AS ingestedAt, a.extractorVersion AS version
