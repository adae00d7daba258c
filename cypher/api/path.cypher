// All shortest paths between two entities over entity relations (at most 6 hops; $maxLength cuts lower).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $relations) AND length(p) <= $maxLength
WITH p LIMIT $limit
RETURN [n IN nodes(p) | {id: n.id, labels: labels(n), properties: properties(n)}] AS nodes,
       [r IN relationships(p) | {type: type(r), source: startNode(r).id, target: endNode(r).id,
                                 properties: properties(r)}] AS rels
