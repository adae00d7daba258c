// First statement of an article's transaction. MERGE under the article_id constraint serialises
// writers of the same text: only the transaction that created the node (it finds its own token)
// writes the facts; a concurrent duplicate sees claimed = false and writes nothing. Also returns
// the older versions of the article at the same URL, whose facts the new text replaces.
MERGE (a:Article {id: $id})
  ON CREATE SET a.writeToken = $token
WITH a, coalesce(a.writeToken = $token, false) AS claimed
OPTIONAL MATCH (old:Article {url: $url})
  WHERE old.id <> $id
RETURN claimed, a.extractorVersion AS extractorVersion, collect(old.id) AS older
