// First statement of an article's transaction. MERGE under the article_id constraint serialises
// writers of the same text: only the transaction that created the node (it finds its own token)
// writes the facts; a concurrent duplicate sees claimed = false and writes nothing.
MERGE (a:Article {id: $id})
  ON CREATE SET a.writeToken = $token
RETURN coalesce(a.writeToken = $token, false) AS claimed, a.extractorVersion AS extractorVersion
