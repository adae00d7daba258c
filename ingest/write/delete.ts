import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database, type ManagedTransaction } from "../db/driver.js";

/**
 * Removes one article with its sentences and statements; its relations lose that article's
 * evidence, and entities and relations nothing else supports go with it (write/remove-*.cypher).
 * False when no article has this id. One transaction: a failure leaves the graph as it was.
 */
export async function deleteArticle(db: Database, id: string): Promise<boolean> {
  return db.writeTransaction((tx) => removeIfPresent(tx, id));
}

/**
 * Removes the article if it is in the graph; false when it is not. Takes the article's lock first
 * (lockArticle), so a delete, a curation rewrite and a new version at its URL (writePrepared) never
 * interleave on one article: the one that comes second removes what the first left, or finds the
 * article gone.
 */
export async function removeIfPresent(tx: ManagedTransaction, id: string): Promise<boolean> {
  if (!(await lockArticle(tx, id))) return false;
  await removeArticle(tx, id);
  return true;
}

/** Rounds of lockArticle; each one beyond the second means another writer replaced the article. */
const LOCK_ROUNDS = 10;

/**
 * Takes the write lock of article `id` in `tx` (cypher/write/lock-article.cypher) and says whether
 * it is in the graph; nobody can remove or replace it until `tx` ends. A lock taken on a node that
 * another transaction deleted while this one waited is taken again on what is there now.
 */
export async function lockArticle(tx: ManagedTransaction, id: string): Promise<boolean> {
  let previous: string | null = null;
  for (let round = 0; round < LOCK_ROUNDS; round++) {
    const [row] = rowsOf<{ locked: string | null }>(await tx.run(loadCypher("write/lock-article"), { id }));
    const locked = row?.locked ?? null;
    if (locked === null) return false;
    // The same node twice: the first round's lock is on a node that is still there.
    if (locked === previous) return true;
    previous = locked;
  }
  throw new Error(`write: article ${id} was replaced ${LOCK_ROUNDS} times while waiting for its lock`);
}

/** Removes article `id`'s facts and the article; callers hold its lock (removeIfPresent). */
async function removeArticle(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(loadCypher("write/remove-relations"), { id });
  await tx.run(loadCypher("write/remove-article"), { id });
}
