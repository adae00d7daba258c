// One entity with its degree over entity relations.
MATCH (e:Entity {id: $id})
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties,
       COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $relations } AS degree
