// Deletes the graph in chunks (run until it returns 0) so a large graph never needs one huge transaction.
MATCH (n)
WITH n LIMIT 10000
DETACH DELETE n
RETURN count(*) AS deleted
