// The version of the curation rules: bumped by every correction (lock.cypher); 0 before the first.
OPTIONAL MATCH (s:CurationState {id: 'state'})
RETURN coalesce(s.version, 0) AS version
