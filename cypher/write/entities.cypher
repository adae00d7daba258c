// Entities of one article. Counts are incremented (not recomputed) because the article is new:
// the claim guarantees these rows are applied once. A SET whose right-hand side reads the same
// property takes the write lock first, so concurrent articles never lose an increment.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.name = row.name, e.nameEn = row.nameEn, e.type = row.type, e.aliases = [], e.searchKeys = [],
    e.mentionCount = 0, e.articleCount = 0
SET e:$(row.type)
SET e.mentionCount = e.mentionCount + row.mentions,
    e.articleCount = e.articleCount + CASE WHEN row.mentions > 0 THEN 1 ELSE 0 END,
    e.aliases = e.aliases + [x IN row.aliases WHERE NOT x IN e.aliases],
    e.searchKeys = e.searchKeys + [x IN row.searchKeys WHERE NOT x IN e.searchKeys],
    e.nameEn = CASE WHEN coalesce(e.nameEn, "") = "" THEN row.nameEn ELSE e.nameEn END
SET e += row.props
