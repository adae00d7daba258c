// What an article was ingested from, to extract it again (ingest/write/rewrite.ts).
// The ids come in a map, as in write/lookup.cypher: a list parameter's size bucket is part of the
// plan cache key, and each new bucket (1, 2-10, 11-100, ...) was planned again (0.6-1.8 s each on
// the loaded 2-core machine; in a map only the first call plans).
UNWIND $block.ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.source AS source,
       a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt
