// One entity relationship by (source, type, target), with both ends.
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type
RETURN properties(r) AS properties,
       {id: a.id, labels: labels(a), properties: properties(a)} AS source,
       {id: b.id, labels: labels(b), properties: properties(b)} AS target
LIMIT 1
