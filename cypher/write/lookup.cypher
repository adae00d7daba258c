// Are these exact texts already in the graph? Read before extracting, so unchanged articles cost
// one index lookup instead of a full extraction. One row per id; a batch asks for a block at once.
// `pending`: written, but its entities' totals were not brought up to date (a crash in between).
UNWIND $ids AS id
OPTIONAL MATCH (a:Article {id: id})
RETURN id, a IS NOT NULL AS found, a.extractorVersion AS extractorVersion, a.entityCount AS entityCount,
       a.relationCount AS relationCount, a.statementCount AS statementCount,
       coalesce(a.entityTotalsPending, false) AS pending
