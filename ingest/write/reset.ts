import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";

/** Empties the graph (the schema stays); returns how many nodes were deleted. */
export async function resetGraph(db: Database): Promise<{ deleted: number }> {
  let deleted = 0;
  for (;;) {
    const [row] = await db.write<{ deleted: number }>(loadCypher("write/reset"));
    const n = row?.deleted ?? 0;
    deleted += n;
    if (n === 0) return { deleted };
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
