// Full-text search over names, English names, aliases and matching keys (index entity_names).
// $lucene is built by ingest/server/search-query.ts from escaped, normalised terms.
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit})
YIELD node, score
RETURN node.id AS id, node.type AS type, node.name AS name, node.nameEn AS nameEn,
       coalesce(node.aliases, []) AS aliases, coalesce(node.searchKeys, []) AS searchKeys,
       coalesce(node.mentionCount, 0) AS mentionCount, score
