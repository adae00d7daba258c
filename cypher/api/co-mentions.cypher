// The co-mention layer across the graph: pairs of entities named in the same sentence, with how
// many sentences and articles they share, strongest first. Read from the stored pairs (one
// :CoMention node per pair, source id < target id, kept up to date by ingest and delete:
// cypher/write/co-mentions.cypher), in the order of the `sentences` index, so the top $limit pairs
// cost about $limit reads; pairing every sentence's entities per request took 3.1 s at 5,000 real
// articles. $types: entity types of both ends, null for all; $min: fewest shared sentences;
// $limit: most pairs; $nodes: also return both ends' properties (the explorer has them).
MATCH (c:CoMention)
WHERE c.sentences >= $min
MATCH (a:Entity {id: c.source})
MATCH (b:Entity {id: c.target})
WHERE $types IS NULL OR (a.type IN $types AND b.type IN $types)
WITH c, a, b
ORDER BY c.sentences DESC, c.articles DESC, c.source, c.target
LIMIT $limit
RETURN a.id AS source, b.id AS target, c.sentences AS sentences, c.articles AS articles,
       CASE WHEN $nodes THEN {id: a.id, labels: labels(a), properties: properties(a)} END AS sourceNode,
       CASE WHEN $nodes THEN {id: b.id, labels: labels(b), properties: properties(b)} END AS targetNode
