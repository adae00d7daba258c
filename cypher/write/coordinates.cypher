// Coordinates and Wikidata id for place entities written before they had them (kg db migrate).
// An entity that got coordinates meanwhile (an ingest) keeps its own.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
WHERE e.lat IS NULL
SET e.lat = row.lat, e.lon = row.lon, e.qid = coalesce(e.qid, row.qid)
RETURN count(e) AS located
