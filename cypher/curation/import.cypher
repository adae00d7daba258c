// Imported corrections, kept as they were made (ids, users, times); those already here are skipped.
MATCH (s:CurationState {id: 'state'})
UNWIND $rows AS row
OPTIONAL MATCH (known:Correction {id: row.id})
WITH s, row, known WHERE known IS NULL
CREATE (c:Correction {id: row.id, seq: s.seq + row.seq, kind: row.kind, user: row.user, at: row.at,
                      reason: row.reason, payload: row.payload, entities: row.entities,
                      undone: row.undone})
WITH s, count(c) AS created, max(row.seq) AS top
SET s.seq = s.seq + coalesce(top, 0) + 1
RETURN created
