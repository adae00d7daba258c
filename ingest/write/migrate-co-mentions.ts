import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";

/** Articles whose co-mentions are added per transaction (as the entity-totals flush does). */
export const CO_MENTION_MIGRATION_BATCH = 64;

/**
 * Adds the co-mentions of articles written before pairs were stored (no `coMentions` mark) to the
 * `:CoMention` nodes (cypher/write/co-mentions.cypher), a block of articles per transaction, then
 * counts their entities' `articleCount` again (cypher/write/recount-article-count.cypher).
 * Idempotent: each article is marked in the transaction that adds it, so on an up-to-date graph
 * this is one read that finds nothing, and a run stopped half-way carries on where it stopped.
 * Returns the number of articles added.
 */
export async function migrateCoMentions(
  db: Database,
  batch: number = CO_MENTION_MIGRATION_BATCH,
): Promise<number> {
  const ids = (
    await db.read<{ id: string }>(
      "MATCH (a:Article) WHERE a.coMentions IS NULL RETURN a.id AS id ORDER BY id",
    )
  ).map((r) => r.id);
  for (let from = 0; from < ids.length; from += batch) {
    await db.write(loadCypher("write/co-mentions"), { rows: { articles: ids.slice(from, from + batch) } });
  }
  // co-mentions.cypher also added these articles to their entities' `articleCount`, which the
  // flushes that wrote them had already counted (it was recounted then): counted again, once all
  // are marked.
  for (let from = 0; from < ids.length; from += batch) {
    await db.write(loadCypher("write/recount-article-count"), {
      rows: { articles: ids.slice(from, from + batch) },
    });
  }
  return ids.length;
}
