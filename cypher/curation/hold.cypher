// Taken first by the rewrite of an article (ingest/write/rewrite.ts) and by an article's delete
// (ingest/write/delete.ts): the write lock on the CurationState node serialises them with each
// other and with corrections (lock.cypher), so a rewrite never writes back an article deleted since
// it read it, nor writes under rules a correction replaced meanwhile (it compares the version), and
// a delete always removes the version a rewrite put in place of the one it looked up. Changes
// nothing (on a database without corrections it creates the node at version 0, which reads as no
// corrections).
MERGE (s:CurationState {id: 'state'})
  ON CREATE SET s.version = 0, s.seq = 0
SET s.version = s.version
RETURN s.version AS version
