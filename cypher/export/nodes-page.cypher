// One page of export/nodes.cypher for the streamed JSON export (ingest/export/stream.ts): the
// entities after id $after, in id order (read from the entity_id index, so each page costs its own
// rows, not a sort of every entity), at most $page. Same filters and columns as export/nodes.cypher.
MATCH (e:Entity)
WHERE e.id > $after
  AND ($types IS NULL OR e.type IN $types)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e) })
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties
ORDER BY id
LIMIT toInteger($page)
