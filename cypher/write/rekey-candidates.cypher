// Person entities whose id is a digest of their name (ingest/extract/label.ts, personId) and that
// are written, by name or alias, as a name chain (with $particle, بن): the ones whose chain key may
// have changed since they were written (ingest/write/rekey-chains.ts). Node properties only, so
// that the check every migrate makes stays one pass over the persons.
MATCH (e:Person)
WHERE e.id =~ $digest AND any(form IN [e.name] + coalesce(e.aliases, []) WHERE form CONTAINS $particle)
RETURN e.id AS id, [e.name] + coalesce(e.aliases, []) AS forms
