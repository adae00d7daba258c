// The co-mention layer within one article: pairs of entities named in the same sentence of
// $article. Same columns and parameters as co-mentions.cypher.
MATCH (:Article {id: $article})-[:HAS_SENTENCE]->(s:Sentence)-[:MENTIONS]->(e:Entity)
WHERE $types IS NULL OR e.type IN $types
WITH s, collect(DISTINCT e) AS named
WHERE size(named) > 1
UNWIND named AS a
UNWIND named AS b
WITH s, a, b
WHERE a.id < b.id
WITH a, b, count(*) AS sentences, count(DISTINCT s.articleId) AS articles
WHERE sentences >= $min
ORDER BY sentences DESC, articles DESC, a.id, b.id
LIMIT $limit
RETURN a.id AS source, b.id AS target, sentences, articles,
       CASE WHEN $nodes THEN {id: a.id, labels: labels(a), properties: properties(a)} END AS sourceNode,
       CASE WHEN $nodes THEN {id: b.id, labels: labels(b), properties: properties(b)} END AS targetNode
