// The co-mention layer around one entity: the entities named in a sentence with $entity (an id),
// optionally only in $article. Same columns as co-mentions.cypher; each pair is oriented
// source.id < target.id, so its edge id matches the whole-graph layer's.
MATCH (e:Entity {id: $entity})<-[:MENTIONS]-(s:Sentence)
WHERE $article IS NULL OR s.articleId = $article
WITH DISTINCT e, s
MATCH (s)-[:MENTIONS]->(o:Entity)
WHERE o <> e AND ($types IS NULL OR o.type IN $types)
WITH e, o, count(DISTINCT s) AS sentences, count(DISTINCT s.articleId) AS articles
WHERE sentences >= $min
ORDER BY sentences DESC, articles DESC, o.id
LIMIT $limit
WITH CASE WHEN e.id < o.id THEN [e, o] ELSE [o, e] END AS ends, sentences, articles
WITH ends[0] AS a, ends[1] AS b, sentences, articles
RETURN a.id AS source, b.id AS target, sentences, articles,
       CASE WHEN $nodes THEN {id: a.id, labels: labels(a), properties: properties(a)} END AS sourceNode,
       CASE WHEN $nodes THEN {id: b.id, labels: labels(b), properties: properties(b)} END AS targetNode
