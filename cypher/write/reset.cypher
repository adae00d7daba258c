// Deletes one batch of nodes; run until it returns 0 (ingest/write/reset.ts). The batch is bounded
// by count ($maxItems) and by the characters of text it holds ($maxChars, at least one node): an
// article or sentence can hold megabytes, and a count alone let one batch of them exhaust the
// server's transaction memory (MemoryPoolOutOfMemoryError). Relationships go first
// (reset-relationships.cypher), so a DETACH here rarely has any left to delete.
MATCH (n)
WITH n LIMIT toInteger($maxItems)
// Text is an article's or sentence's `text`, or the sentence texts an Evidence node copies.
WITH collect({n: n, chars: size(coalesce(toString(n.text), "")) +
                           reduce(c = 0, x IN coalesce(n.evidence, []) | c + size(toString(x)))}) AS rows
WITH reduce(acc = {items: [], chars: 0}, row IN rows |
  CASE
    WHEN size(acc.items) > 0 AND acc.chars + row.chars > $maxChars THEN acc
    ELSE {items: acc.items + [row.n], chars: acc.chars + row.chars}
  END) AS batch
UNWIND batch.items AS n
DETACH DELETE n
RETURN count(*) AS deleted
