import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database, type ManagedTransaction } from "../db/driver.js";
import { removeArticle } from "./article.js";

/**
 * Removes one article with its sentences and statements; its relations lose that article's
 * evidence, and entities and relations nothing else supports go with it (write/remove-*.cypher).
 * False when no article has this id. One transaction: a failure leaves the graph as it was.
 */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.writeTransaction((tx) => removeHeld(tx, id));
}

/**
 * Removes the article if it is still in the graph, after taking the curation hold
 * (cypher/curation/hold.cypher): a curation rewrite of it in flight commits first and its version
 * is the one removed, and a rewrite that comes second finds it gone. False when it is not there.
 */
export async function removeHeld(tx: ManagedTransaction, id: string): Promise<boolean> {
  await tx.run(loadCypher("curation/hold"));
  const [row] = rowsOf<{ found: boolean }>(
    await tx.run(loadCypher("write/lookup"), { block: { ids: [id] } }),
  );
  if (!row?.found) return false;
  await removeArticle(tx, id);
  return true;
}
