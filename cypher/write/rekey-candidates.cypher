// Person entities whose id is a digest of their name (ingest/extract/label.ts, personId) and that
// some mention writes as a name chain (it contains $particle, بن): the ones whose chain key may
// have changed since they were written (ingest/write/rekey-chains.ts).
MATCH (e:Person)
WHERE e.id =~ $digest
MATCH (e)<-[m:MENTIONS]-(:Sentence)
WHERE m.text CONTAINS $particle
RETURN e.id AS id, collect(DISTINCT m.text) AS forms
