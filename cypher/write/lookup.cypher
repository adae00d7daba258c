// Is this exact text already in the graph? Read before extracting, so unchanged articles cost one
// index lookup instead of a full extraction.
OPTIONAL MATCH (a:Article {id: $id})
RETURN a IS NOT NULL AS found, a.extractorVersion AS extractorVersion, a.entityCount AS entityCount,
       a.relationCount AS relationCount, a.statementCount AS statementCount
