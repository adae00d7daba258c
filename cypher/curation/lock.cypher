// Taken first by every correction: the write lock on the one CurationState node serialises
// corrections, so each validates against the rules the previous one left (no merge cycles, no
// alias lost between two concurrent merges).
MERGE (s:CurationState {id: 'state'})
  ON CREATE SET s.version = 0, s.seq = 0
SET s.version = s.version + 1, s.seq = s.seq + 1
RETURN s.version AS version, s.seq AS seq
