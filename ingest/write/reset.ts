import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";

/**
 * One transaction deletes at most this many nodes or relationships, holding at most this many
 * characters of text or evidence: a few 4.9 MB articles in one 10,000-node batch exhausted the
 * server's transaction memory and nothing was deleted (issue 19).
 */
export const RESET_BATCH = { maxItems: 5_000, maxChars: 2_000_000 } as const;

/** Empties the graph (the schema stays) in bounded batches; returns how many nodes were deleted. */
export async function resetGraph(
  db: Database,
  batch: { maxItems: number; maxChars: number } = RESET_BATCH,
): Promise<{ deleted: number }> {
  // Relationships first: an entity relationship's evidence can be larger than any node.
  await deleteAll(db, "write/reset-relationships", batch);
  return { deleted: await deleteAll(db, "write/reset", batch) };
}

async function deleteAll(
  db: Database,
  name: string,
  batch: { maxItems: number; maxChars: number },
): Promise<number> {
  let deleted = 0;
  for (;;) {
    const [row] = await db.write<{ deleted: number }>(loadCypher(name), { ...batch });
    const n = row?.deleted ?? 0;
    deleted += n;
    if (n === 0) return deleted;
  }
}

export interface GraphCounts {
  articles: number;
  entities: number;
  relationships: number;
}

export async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read<GraphCounts>(loadCypher("write/counts"));
  return row ?? { articles: 0, entities: 0, relationships: 0 };
}
