// Fallback for what the full-text analyser splits away (very short prefixes, inner substrings):
// matching keys that start with, or contain a word starting with, the normalised query.
MATCH (e:Entity)
WHERE any(k IN coalesce(e.searchKeys, []) WHERE k STARTS WITH $key OR k CONTAINS (' ' + $key) OR k CONTAINS $key)
RETURN e.id AS id, e.type AS type, e.name AS name, e.nameEn AS nameEn,
       coalesce(e.aliases, []) AS aliases, coalesce(e.searchKeys, []) AS searchKeys,
       coalesce(e.mentionCount, 0) AS mentionCount, 0.0 AS score
ORDER BY e.mentionCount DESC
LIMIT $limit
