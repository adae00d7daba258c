// Which of the given entities have evidence in a time window: a sentence of one of its articles
// ($articles, from window-articles.cypher) mentions them. graph-nodes.cypher applies the same test.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE EXISTS { MATCH (s:Sentence)-[:MENTIONS]->(e) WHERE s.articleId IN $articles }
RETURN e.id AS id
