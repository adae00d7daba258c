// The entities a correction names, as they are now.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e IS NOT NULL AS found, e.name AS name, e.nameEn AS nameEn, e.type AS type,
       coalesce(e.aliases, []) AS aliases, coalesce(e.searchKeys, []) AS searchKeys,
       properties(e) AS properties
