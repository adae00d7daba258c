// Takes the write lock of article $id, held until the transaction ends: the delete of an article
// and the curation rewrite of it (ingest/write/delete.ts) both take it first, so they run one
// after the other. `locked` is the node locked, null when there is no article $id.
//
// A writer that waited here for a transaction that deleted the node (a delete, or a rewrite, which
// writes the article again as a new node) wakes with a lock on a node that is gone: the SET does
// nothing and `locked` names the old node. So the caller runs this again until the same node comes
// back twice (ingest/write/delete.ts, lockArticle).
OPTIONAL MATCH (a:Article {id: $id})
CALL (a) {
  WITH a WHERE a IS NOT NULL
  SET a.id = a.id
}
RETURN elementId(a) AS locked
