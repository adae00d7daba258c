// Relationships of one entity, both directions, the best attested first, each with its Evidence
// nodes (one per supporting article, in arrival order: ingest/evidence.ts reads them).
MATCH (e:Entity {id: $id})-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(o:Entity)
WHERE type(r) IN $relations
WITH e, r, o ORDER BY r.count DESC, type(r), o.id
LIMIT $limit
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.id AS otherId, o.name AS otherName,
       o.nameEn AS otherNameEn, o.type AS otherType, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         RETURN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidence, .evidenceStart, .evidenceEnd, .amounts,
                    .currencies}
         ORDER BY ev.seq
       } AS evidence
