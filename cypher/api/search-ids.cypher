// Entities by id (gazetteer matches of the search string), in the same shape as search.cypher.
MATCH (node:Entity) WHERE node.id IN $ids
RETURN node.id AS id, node.type AS type, node.name AS name, node.nameEn AS nameEn,
       coalesce(node.aliases, []) AS aliases, coalesce(node.searchKeys, []) AS searchKeys,
       coalesce(node.mentionCount, 0) AS mentionCount, 100.0 AS score
