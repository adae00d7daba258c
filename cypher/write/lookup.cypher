// Are these exact texts already in the graph? Read before extracting, so unchanged articles cost
// one index lookup instead of a full extraction. One row per id; a batch asks for a block at once.
// `pending`: written, but its entities' totals were not brought up to date (a crash in between).
// The ids come in a map: a list parameter's size is part of Neo4j's plan cache key (article.cypher),
// and a block, a single article and the warm-up would otherwise each be planned apart.
UNWIND $block.ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS found, a.extractorVersion AS extractorVersion, a.entityCount AS entityCount,
       a.relationCount AS relationCount, a.statementCount AS statementCount,
       coalesce(a.entityTotalsPending, false) AS pending
