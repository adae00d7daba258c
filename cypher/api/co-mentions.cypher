// The co-mention layer across the graph: pairs of entities named in the same sentence, with how
// many sentences and articles they share. Computed from MENTIONS at query time (nothing stored).
// Each sentence's entities are collected once, so an entity named twice in a sentence counts once.
// $types: entity types of both ends, null for all; $min: fewest shared sentences; $limit: most pairs;
// $nodes: also return both ends' properties (half the time at 2,000 pairs; the explorer has them).
// Each sentence's list is in id order, so its pairs (a before b) come from list positions, with no
// comparison of ids per pair row (at 5,000 real articles: half the database hits, ~40% less CPU).
MATCH (s:Sentence)-[:MENTIONS]->(e:Entity)
WHERE $types IS NULL OR e.type IN $types
WITH s, e ORDER BY e.id
WITH s, collect(DISTINCT e) AS named
WHERE size(named) > 1
UNWIND range(0, size(named) - 2) AS i
UNWIND range(i + 1, size(named) - 1) AS j
WITH named[i] AS a, named[j] AS b, s.articleId AS articleId
WITH a, b, count(*) AS sentences, count(DISTINCT articleId) AS articles
WHERE sentences >= $min
ORDER BY sentences DESC, articles DESC, a.id, b.id
LIMIT $limit
RETURN a.id AS source, b.id AS target, sentences, articles,
       CASE WHEN $nodes THEN {id: a.id, labels: labels(a), properties: properties(a)} END AS sourceNode,
       CASE WHEN $nodes THEN {id: b.id, labels: labels(b), properties: properties(b)} END AS targetNode
