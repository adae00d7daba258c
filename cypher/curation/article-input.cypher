// What an article was ingested from, to extract it again (ingest/write/rewrite.ts).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text AS text, a.title AS title, a.url AS url, a.source AS source,
       a.publishedAt AS publishedAt, a.ingestedAt AS ingestedAt
