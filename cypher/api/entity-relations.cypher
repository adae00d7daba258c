// Relationships of one entity, both directions, the best attested first, each with its Evidence
// nodes (one per supporting article, in arrival order: ingest/evidence.ts reads them). In a time
// window ($articles: its article ids, null for none), those with evidence in it, with that evidence only.
MATCH (e:Entity {id: $id})-[r:MET|VISITED|LEADS|MEMBER_OF|PART_OF|LOCATED_IN|COOPERATES_WITH|FUNDED|SUPPORTS|OPPOSES|SANCTIONED|ATTACKED|WITHDREW_FROM]-(o:Entity)
WHERE type(r) IN $relations
  AND ($articles IS NULL OR EXISTS { MATCH (x:Evidence {key: r.key}) WHERE x.articleId IN $articles })
WITH e, r, o ORDER BY r.count DESC, type(r), o.id
LIMIT $limit
RETURN type(r) AS type, startNode(r) = e AS outgoing, o.id AS otherId, o.name AS otherName,
       o.nameEn AS otherNameEn, o.type AS otherType, startNode(r).id AS source, endNode(r).id AS target,
       properties(r) AS properties,
       COLLECT {
         MATCH (ev:Evidence {key: r.key})
         WHERE $articles IS NULL OR ev.articleId IN $articles
         RETURN ev {.articleId, .seq, .publishedAt, .sentenceIds, .evidence, .evidenceStart, .evidenceEnd, .amounts,
                    .currencies}
         ORDER BY ev.seq
       } AS evidence
