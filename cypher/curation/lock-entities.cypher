// Write locks on the entities a fold touches, held until the transaction ends and taken one by one
// in the order given (the caller sorts the ids): two folds of overlapping merges wait for each
// other instead of deadlocking, and an article writer cannot add to them meanwhile.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
CALL (e) {
  WITH e WHERE e IS NOT NULL
  SET e.id = e.id
}
RETURN count(e) AS locked
