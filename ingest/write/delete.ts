import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database, type ManagedTransaction } from "../db/driver.js";
import { removeArticle } from "./article.js";

/**
 * Removes one article with its sentences and statements; its relations lose that article's
 * evidence, and entities and relations nothing else supports go with it (write/remove-*.cypher).
 * False when no article has this id. One transaction: a failure leaves the graph as it was.
 */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.writeTransaction((tx) => removeIfPresent(tx, id));
}

/** Removes the article if it is in the graph; false when it is not. */
export async function removeIfPresent(tx: ManagedTransaction, id: string): Promise<boolean> {
  const [row] = rowsOf<{ found: boolean }>(
    await tx.run(loadCypher("write/lookup"), { block: { ids: [id] } }),
  );
  if (!row?.found) return false;
  await removeArticle(tx, id);
  return true;
}
