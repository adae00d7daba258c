// Gives a batch of entities from before degrees were stored their `degree` (the count of their
// typed relationships, as cypher/write/entity-totals.cypher keeps it); run until it returns 0
// (ingest/write/migrate-degree.ts, from `kg db migrate`).
MATCH (e:Entity)
WHERE e.degree IS NULL
WITH e LIMIT toInteger($batch)
SET e.degree = COUNT { (e)-[:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(:Entity) }
RETURN count(e) AS entities
