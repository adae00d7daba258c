// One relationship per (source, type, target), accumulated across articles. The first SET reads
// and writes sentenceIds, which takes the relationship's write lock before any other list is read.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type)]->(t)
SET r.sentenceIds = coalesce(r.sentenceIds, []) + row.sentenceIds
SET r.articleIds = CASE
      WHEN $articleId IN coalesce(r.articleIds, []) THEN r.articleIds
      ELSE coalesce(r.articleIds, []) + $articleId
    END,
    r.evidence = coalesce(r.evidence, []) + row.evidence,
    r.evidenceStart = coalesce(r.evidenceStart, []) + row.evidenceStart,
    r.evidenceEnd = coalesce(r.evidenceEnd, []) + row.evidenceEnd,
    r.count = size(r.sentenceIds),
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $seen < r.firstSeen THEN $seen ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $seen > r.lastSeen THEN $seen ELSE r.lastSeen END,
    r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END
SET r += row.props
