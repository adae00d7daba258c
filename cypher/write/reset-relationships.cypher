// Deletes one batch of relationships; run until it returns 0 (ingest/write/reset.ts). Bounded by
// count ($maxItems) and by the characters of evidence they carry ($maxChars, at least one): an
// entity relationship of a graph not yet migrated (ingest/db/migrate.ts) holds the text of every
// sentence that supports it; a migrated one holds none (its Evidence nodes do, reset.cypher).
MATCH ()-[r]->()
WITH r LIMIT toInteger($maxItems)
WITH collect({r: r, chars: reduce(c = 0, x IN coalesce(r.evidence, []) | c + size(toString(x)))}) AS rows
WITH reduce(acc = {items: [], chars: 0}, row IN rows |
  CASE
    WHEN size(acc.items) > 0 AND acc.chars + row.chars > $maxChars THEN acc
    ELSE {items: acc.items + [row.r], chars: acc.chars + row.chars}
  END) AS batch
UNWIND batch.items AS r
DELETE r
RETURN count(*) AS deleted
