// One correction; `payload` is JSON text (the request and what applying it recorded), `entities`
// the ids it names (for filters and the saved query "corrections").
CREATE (c:Correction {id: $id, seq: $seq, kind: $kind, user: $user, at: $at, reason: $reason,
                      payload: $payload, entities: $entities, undone: false})
RETURN c.id AS id
