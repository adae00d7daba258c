// Relationships of one entity, both directions, the best attested first; in a time window, those
// with evidence in it ($articles, null for none; their evidence is cut to it in ingest/server/window.ts).
MATCH (e:Entity {id: $id})-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(o:Entity)
WHERE type(r) IN $relations AND ($articles IS NULL OR any(x IN r.articleIds WHERE x IN $articles))
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.id AS otherId, o.name AS otherName,
       o.nameEn AS otherNameEn, o.type AS otherType, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS properties
ORDER BY r.count DESC, type, otherId
LIMIT $limit
