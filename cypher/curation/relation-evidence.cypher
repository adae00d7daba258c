// The evidence sentences of one relationship, with their articles. The ONE place curation reads
// how evidence is stored (one Evidence node per supporting article, cypher/write/article.cypher);
// rejections are keyed by the sentence text, not by this storage.
MATCH (s:Entity {id: $source})-[r:$($type)]->(t:Entity {id: $target})
OPTIONAL MATCH (ev:Evidence {key: r.key})-[:IN_SENTENCE]->(sen:Sentence)
RETURN coalesce(r.manual, false) AS manual, collect({id: sen.id, text: sen.text, articleId: sen.articleId}) AS sentences
