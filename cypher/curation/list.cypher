// Corrections, newest first, filtered by kind, user and the entity ids their payload names.
MATCH (c:Correction)
WHERE ($kind IS NULL OR c.kind = $kind)
  AND ($user IS NULL OR c.user = $user)
  AND ($entity IS NULL OR $entity IN coalesce(c.entities, []))
  AND ($includeUndone OR NOT c.undone)
RETURN c.id AS id, c.seq AS seq, c.kind AS kind, c.user AS user, c.at AS at, c.reason AS reason,
       c.payload AS payload, c.undone AS undone
ORDER BY c.seq DESC
LIMIT $limit
