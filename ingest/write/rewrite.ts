/**
 * Rewrites stored articles under the curation rules now in force (ingest/curation): what makes a
 * correction reach the graph, and what settles an ingest that raced a correction.
 */
import { loadCypher } from "../db/cypher-files.js";
import type { Database } from "../db/driver.js";
import { applyRules } from "../curation/apply.js";
import type { CurationRules } from "../curation/rules.js";
import { applyMarks, curationRules, rulesVersion } from "../curation/store.js";
import type { ArticleInput } from "../model.js";
import { collectTotals, writePrepared, type Prepared, type WriteStatus } from "./article.js";
import { removeIfPresent } from "./delete.js";
import { EntityTotals } from "./entity-totals.js";
import { defaultExtractor, type Extractor } from "./extractor.js";
import { buildArticleRows } from "./rows.js";

type Ready = Extract<Prepared, { kind: "ready" }>;

/** Rounds of rewriting when corrections keep landing meanwhile; each round sees newer rules. */
const MAX_ROUNDS = 5;

interface StoredInput extends ArticleInput {
  id: string;
  ingestedAt: string;
}

/**
 * Extracts each article again from its stored text and rewrites it, in one transaction per
 * article, with the rules of the moment (an article deleted meanwhile is left deleted); again when a correction landed meanwhile, so concurrent
 * corrections and ingests end on the latest rules. Keeps each article's `ingestedAt`. Returns the
 * articles rewritten.
 */
export async function rewriteArticles(
  db: Database,
  ids: readonly string[],
  extractor?: Extractor,
): Promise<number> {
  const ex = extractor ?? (await defaultExtractor());
  let pending = [...new Set(ids)];
  let written = 0;
  for (let round = 0; round < MAX_ROUNDS && pending.length > 0; round++) {
    const rules = await curationRules(db);
    const stored = await readStored(db, pending);
    const totals = new EntityTotals();
    const touched = new Set<string>();
    for (const a of stored) {
      const prepared = await prepareStored(a, ex, rules);
      const status = await db.writeTransaction(async (tx) => {
        // Deleted since it was read (DELETE /api/articles/:id): it stays deleted.
        if (!(await removeIfPresent(tx, a.id))) return null;
        return writePrepared(tx, prepared);
      });
      if (status === null) continue;
      collectTotals(totals, prepared, status);
      for (const e of prepared.rows.entities) touched.add(e.id);
      written += 1;
    }
    await totals.flush(db);
    // Marks only under the rules in force: stale ones would put a manual relationship on an entity
    // merged away meanwhile, and it would keep that entity in the graph (two overlapping merges).
    if ((await rulesVersion(db)) === rules.version) {
      await applyMarks(db, rules, [...touched]);
      break;
    }
    pending = stored.map((a) => a.id);
  }
  return written;
}

/**
 * Rewrites articles `ids` as rewriteArticles does, but all in one transaction that first removes
 * them all and then writes them again in the order given: an entity only they named is deleted
 * and made again, named by the first of them that names it, as a fresh ingest in that order
 * would (rewriting one at a time keeps the node, and the name and aliases it had). Used when
 * ids change (rekey-chains.ts). Returns the articles rewritten.
 */
export async function rewriteTogether(
  db: Database,
  ids: readonly string[],
  extractor?: Extractor,
): Promise<number> {
  const ex = extractor ?? (await defaultExtractor());
  const rules = await curationRules(db);
  const prepared: Ready[] = [];
  for (const a of await readStored(db, [...new Set(ids)])) prepared.push(await prepareStored(a, ex, rules));
  const written = await db.writeTransaction(async (tx) => {
    const present: Ready[] = [];
    for (const p of prepared) if (await removeIfPresent(tx, p.id)) present.push(p);
    const out: { p: Ready; status: WriteStatus }[] = [];
    for (const p of present) out.push({ p, status: await writePrepared(tx, p) });
    return out;
  });
  // As after an ingest: a correction that landed meanwhile rewrites them again, else marks are set.
  const rewritten = await settleCuration(
    db,
    written.map(({ p }) => p),
    ex,
  );
  const totals = new EntityTotals();
  for (const { p, status } of written) if (!rewritten.has(p.id)) collectTotals(totals, p, status);
  await totals.flush(db);
  return written.length;
}

/** What articles `ids` were ingested from (those still in the graph), in the order given. */
function readStored(db: Database, ids: readonly string[]): Promise<StoredInput[]> {
  return db.read<StoredInput>(loadCypher("curation/article-input"), { block: { ids } });
}

/** An article extracted again from its stored text under `rules`, ready to write as it was. */
async function prepareStored(a: StoredInput, ex: Extractor, rules: CurationRules): Promise<Ready> {
  const input: ArticleInput = {
    text: a.text,
    ...(a.title ? { title: a.title } : {}),
    ...(a.url ? { url: a.url } : {}),
    ...(a.source ? { source: a.source } : {}),
    ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
  };
  const result = applyRules(a.text, await ex.extract(input), rules);
  const rows = buildArticleRows(input, result, { extractorVersion: ex.version });
  return {
    kind: "ready",
    id: a.id,
    url: rows.article.url,
    version: ex.version,
    rows,
    now: a.ingestedAt,
    warnings: [],
    pending: false,
    rulesVersion: rules.version,
  };
}

/**
 * After articles were written: when a correction landed since their rules were read, they are
 * rewritten under the new rules; otherwise the marks of their entities are set again. Returns the
 * ids rewritten (their entity totals are already flushed). Callers flush the others' totals only
 * after this succeeded: the totals clear an article's pending mark, and a pending article is
 * rewritten by the next ingest of its text — so a settle that failed is redone by a rerun.
 */
export async function settleCuration(
  db: Database,
  written: readonly Ready[],
  extractor?: Extractor,
): Promise<Set<string>> {
  if (written.length === 0) return new Set();
  const now = await rulesVersion(db);
  const stale = written.filter((p) => p.rulesVersion !== now).map((p) => p.id);
  if (stale.length > 0) await rewriteArticles(db, stale, extractor);
  if (now === 0) return new Set(stale);
  const entityIds = written.flatMap((p) => p.rows.entities.map((e) => e.id));
  await applyMarks(db, await curationRules(db), entityIds);
  return new Set(stale);
}
