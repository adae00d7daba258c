// Entities one of whose names has this matching form: what a "not an entity" of a surface form touches.
MATCH (e:Entity)
WHERE $form IN e.searchKeys
RETURN e.id AS id
