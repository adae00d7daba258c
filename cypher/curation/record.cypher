// One correction; `payload` is JSON text (the request and what applying it recorded).
CREATE (c:Correction {id: $id, seq: $seq, kind: $kind, user: $user, at: $at, reason: $reason,
                      payload: $payload, undone: false})
RETURN c.id AS id
