// Terminates the console run's transaction (POST /api/cypher past its deadline), found by the
// metadata the console worker set; called by the API only, never with user input.
SHOW TRANSACTIONS YIELD transactionId AS tx, metaData
WHERE metaData.rawabitConsoleRun = $run
TERMINATE TRANSACTIONS tx
YIELD transactionId, message
RETURN transactionId, message
