// Place entities without coordinates (ingest/write/coordinates.ts fills in the ones the gazetteer knows).
MATCH (e:Entity)
WHERE e.type IN ["Country", "City", "Location"] AND e.lat IS NULL
RETURN e.id AS id, e.type AS type, e.name AS name
