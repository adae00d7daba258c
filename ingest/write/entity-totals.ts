import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import type { PropertyValue } from "../model.js";
import type { EntityRow } from "./row-types.js";

interface TotalsRow {
  id: string;
  nameEn: string;
  aliases: string[];
  searchKeys: string[];
  props: Record<string, PropertyValue>;
}

/**
 * Entity updates deferred past the article transactions (cypher/write/entity-totals.cypher):
 * writers of articles never take the write lock of an entity that already exists, and a batch
 * brings the entities it touched up to date in one transaction per block of articles instead of
 * one lock round per article. Counters are recomputed from the graph, so a flush that runs late,
 * twice, or never (a crash: the articles stay marked and the next ingest redoes them) cannot leave
 * a wrong total behind.
 */
export class EntityTotals {
  private entities = new Map<string, TotalsRow>();
  private articles = new Set<string>();
  private flushing: Promise<void> = Promise.resolve();

  /** Articles waiting for a flush. */
  get size(): number {
    return this.articles.size;
  }

  add(articleId: string, rows: readonly EntityRow[]): void {
    this.articles.add(articleId);
    for (const row of rows) {
      const known = this.entities.get(row.id);
      if (!known) {
        this.entities.set(row.id, {
          id: row.id,
          nameEn: row.nameEn,
          aliases: [...row.aliases],
          searchKeys: [...row.searchKeys],
          props: { ...row.props },
        });
        continue;
      }
      for (const a of row.aliases) if (!known.aliases.includes(a)) known.aliases.push(a);
      for (const k of row.searchKeys) if (!known.searchKeys.includes(k)) known.searchKeys.push(k);
      if (known.nameEn === "") known.nameEn = row.nameEn;
      Object.assign(known.props, row.props);
    }
  }

  /** Writes what was added so far (one flush at a time; later adds wait for the next one). */
  flush(db: Database): Promise<void> {
    const entities = [...this.entities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const articles = [...this.articles];
    this.entities = new Map();
    this.articles = new Set();
    const run = this.flushing.then(() => applyEntityTotals(db, articles, entities));
    // A failed flush is reported to its caller; the next one still runs.
    this.flushing = run.catch(() => undefined);
    return run;
  }
}

/**
 * Entities brought up to date per transaction. A transaction holds its entities' write locks until
 * it commits, and article writers need the same busy entities: one transaction for all of a
 * block's entities made every writer wait for it (measured: flushes of 70 entities taking up to
 * 800 ms while writers stood still, at 1,000 articles into an empty graph).
 */
const ENTITIES_PER_TRANSACTION = 16;

/**
 * Articles whose co-mentions are added per transaction (cypher/write/co-mentions.cypher): a flush
 * holds up to 1,024 articles, and their pairs in one transaction would be ~100,000 node updates.
 */
const ARTICLES_PER_CO_MENTION_TRANSACTION = 64;

/**
 * The articles' co-mentions, then the entities' names and totals, a few per transaction, then the
 * articles' pending marks cleared in the last one — so an interrupted flush leaves the articles marked and a rerun redoes it.
 */
export async function applyEntityTotals(
  db: Database,
  articles: readonly string[],
  entities: readonly TotalsRow[],
): Promise<void> {
  const query = loadCypher("write/entity-totals");
  const slices: TotalsRow[][] = [];
  for (let from = 0; from < entities.length; from += ENTITIES_PER_TRANSACTION) {
    slices.push(entities.slice(from, from + ENTITIES_PER_TRANSACTION));
  }
  const last = slices.pop() ?? [];
  // Co-mentions first: an article is marked once its pairs are added (co-mentions.cypher), so a
  // flush interrupted after them adds nothing twice when the pending article is redone.
  for (let from = 0; from < articles.length; from += ARTICLES_PER_CO_MENTION_TRANSACTION) {
    const block = articles.slice(from, from + ARTICLES_PER_CO_MENTION_TRANSACTION);
    await db.write(loadCypher("write/co-mentions"), { rows: { articles: block } });
  }
  for (const slice of slices) await db.write(query, { rows: { entities: slice, articles: [] } });
  if (articles.length > 0 || last.length > 0)
    await db.write(query, { rows: { entities: last, articles: [...articles] } });
}
