// Not an entity: whatever is left of it after its articles were rewritten (manual relationships).
MATCH (e:Entity {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
