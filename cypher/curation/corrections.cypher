// Every correction, oldest first (the rules are rebuilt from them when the version moves).
MATCH (c:Correction)
RETURN c.id AS id, c.seq AS seq, c.kind AS kind, c.user AS user, c.at AS at, c.reason AS reason,
       c.payload AS payload, c.undone AS undone
ORDER BY c.seq
