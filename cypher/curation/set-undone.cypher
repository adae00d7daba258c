MATCH (c:Correction {id: $id})
SET c.undone = $undone
RETURN c.id AS id
