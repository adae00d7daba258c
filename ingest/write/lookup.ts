import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import type { ArticleInput } from "../model.js";
import { articleId } from "./article-id.js";

/** What the graph holds for an article id (cypher/write/lookup.cypher). */
export interface StoredArticle {
  found: boolean;
  extractorVersion: string | null;
  entityCount: number | null;
  relationCount: number | null;
  statementCount: number | null;
  /** Written, but its entities' totals were not brought up to date yet (entity-totals.cypher). */
  pending: boolean;
}

export type Lookup = (id: string) => Promise<StoredArticle>;

export const NOT_STORED: StoredArticle = {
  found: false,
  extractorVersion: null,
  entityCount: null,
  relationCount: null,
  statementCount: null,
  pending: false,
};

/** Looks up many ids in one read. */
export async function lookupMany(db: Database, ids: readonly string[]): Promise<Map<string, StoredArticle>> {
  const rows = await db.read<StoredArticle & { id: string }>(loadCypher("write/lookup"), {
    block: { ids: [...ids] },
  });
  return new Map(rows.map(({ id, ...stored }) => [id, stored]));
}

/** One id, one read: what a single article (the API, `ingestArticle`) uses. */
export function singleLookup(db: Database): Lookup {
  return async (id) => (await lookupMany(db, [id])).get(id) ?? NOT_STORED;
}

/**
 * Lookups for a batch, read a block of articles at a time: the first article of a block asks for
 * all of the block's ids in one read, instead of one read per article. The answer is only a hint
 * to skip extraction; the write's claim decides, so a block read a moment early is still correct.
 */
export class BlockLookup {
  private readonly blocks = new Map<number, Promise<Map<string, StoredArticle>>>();

  constructor(
    private readonly db: Database,
    private readonly inputs: readonly ArticleInput[],
    private readonly blockSize = 256,
  ) {}

  /** The lookup for the article at `index` (its block is read on first use). */
  forIndex(index: number): Lookup {
    const block = Math.floor(index / this.blockSize);
    return async (id) => {
      let pending = this.blocks.get(block);
      if (pending === undefined) {
        pending = lookupMany(this.db, this.idsOf(block));
        this.blocks.set(block, pending);
        // Articles are taken in order, so blocks two behind are done with: memory stays flat.
        for (const old of this.blocks.keys()) if (old < block - 1) this.blocks.delete(old);
      }
      return (await pending).get(id) ?? (await singleLookup(this.db)(id));
    };
  }

  private idsOf(block: number): string[] {
    const ids: string[] = [];
    const end = Math.min(this.inputs.length, (block + 1) * this.blockSize);
    for (let i = block * this.blockSize; i < end; i++) {
      const text = this.inputs[i]?.text;
      // Invalid inputs fail later, in validation, with their own message.
      if (typeof text === "string") ids.push(articleId(text));
    }
    return ids;
  }
}
