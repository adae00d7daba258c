import type { Database } from "../db/driver.js";
import { DatabaseError } from "../errors.js";
import type { ArticleInput, IngestReport } from "../model.js";
import type { EntityTotals } from "./entity-totals.js";
import {
  collectTotals,
  prepareArticle,
  reportOf,
  writeAllNew,
  writePrepared,
  type IngestOptions,
  type Prepared,
  type WriteStatus,
} from "./article.js";
import type { Lookup } from "./lookup.js";
import { retryUrlRace } from "./url-race.js";
import { settleCuration } from "./rewrite.js";
import type { CurationRules } from "../curation/rules.js";
import { curationRules } from "../curation/store.js";

export type GroupResult = { ok: true; report: IngestReport } | { ok: false; err: unknown };
type Ready = Extract<Prepared, { kind: "ready" }>;

/**
 * Writes several articles in ONE managed transaction, in input order: each is claimed and written
 * whole by the same statements `ingestArticle` runs, so a later article sees the earlier ones (the
 * same text twice is `unchanged`, the same URL twice replaces the earlier version) and the group is
 * in the graph whole or not at all. The driver retries transient failures (deadlocks) of the whole
 * group. Any other failure — a row Neo4j rejects — is not blamed on the group: its articles are
 * written again one per transaction, so only the article at fault fails. An unreachable database
 * fails every article of the group without that second round.
 */
export async function writeGroup(
  db: Database,
  inputs: readonly ArticleInput[],
  opts: IngestOptions,
  lookups: readonly (Lookup | undefined)[],
  /** Collects the entities of written articles; the caller flushes it (see entity-totals.ts). */
  totals: EntityTotals,
): Promise<GroupResult[]> {
  return writePreparedGroup(db, await prepareGroup(db, inputs, opts, lookups), opts, totals);
}

/** A group after its lookups and extraction: what writePreparedGroup writes. */
export interface PreparedGroup {
  /** Filled for the articles already settled (unchanged, or refused by validation or extraction). */
  results: GroupResult[];
  ready: { index: number; prepared: Ready }[];
}

/**
 * The first half of writeGroup: lookups and extraction, outside any write transaction; input
 * errors fail just that article. Separate so a batch can extract a group while another is written.
 */
export async function prepareGroup(
  db: Database,
  inputs: readonly ArticleInput[],
  opts: IngestOptions,
  lookups: readonly (Lookup | undefined)[],
): Promise<PreparedGroup> {
  const results: GroupResult[] = new Array<GroupResult>(inputs.length);
  const ready: { index: number; prepared: Ready }[] = [];
  // One read of the curation rules for the group, when its first article needs them.
  let rules: Promise<CurationRules> | null = null;
  const groupRules = opts.rules ?? (() => (rules ??= curationRules(db)));
  await Promise.all(
    inputs.map(async (input, index) => {
      try {
        const lookup = lookups[index];
        const prepared = await prepareArticle(db, input, {
          ...opts,
          rules: groupRules,
          ...(lookup ? { lookup } : {}),
        });
        if (prepared.kind === "unchanged") results[index] = { ok: true, report: prepared.report };
        else ready.push({ index, prepared });
      } catch (err) {
        results[index] = { ok: false, err };
      }
    }),
  );
  ready.sort((a, b) => a.index - b.index);
  return { results, ready };
}

/** The second half of writeGroup: writes a prepared group in one transaction (see writeGroup). */
export async function writePreparedGroup(
  db: Database,
  group: PreparedGroup,
  opts: IngestOptions,
  totals: EntityTotals,
): Promise<GroupResult[]> {
  const { results, ready } = group;
  if (ready.length === 0) return results;

  let statuses: WriteStatus[] | null = null;
  let groupError: unknown = null;
  // New texts (the lookup found none of them stored) go in with one statement; if one turns out not
  // to be new after all, that transaction is rolled back and the group written article by article.
  const allNew = ready.length > 1 && ready.every((r) => !r.prepared.stored && !r.prepared.pending);
  const write = (together: boolean): Promise<WriteStatus[]> =>
    retryUrlRace(() =>
      db.writeTransaction(async (tx) => {
        const prepared = ready.map((r) => r.prepared);
        if (together) {
          if (await writeAllNew(tx, prepared)) return prepared.map((): WriteStatus => "new");
          throw new NotAllNew();
        }
        const out: WriteStatus[] = [];
        for (const p of prepared) out.push(await writePrepared(tx, p));
        return out;
      }),
    );
  try {
    try {
      statuses = await write(allNew);
    } catch (err) {
      if (!(err instanceof NotAllNew)) throw err;
      statuses = await write(false);
    }
  } catch (err) {
    groupError = err;
  }

  if (statuses !== null) {
    const done = statuses;
    let rewritten: Set<string>;
    try {
      rewritten = await settleCuration(
        db,
        ready.map((r) => r.prepared),
        opts.extractor,
      );
    } catch (err) {
      // Written, but not brought in line with corrections made meanwhile (the database went away):
      // reported as failed, so the caller says "run again"; their totals are not queued, so they
      // stay pending and the rerun rewrites them (settleCuration).
      for (const r of ready) results[r.index] = { ok: false, err };
      return results;
    }
    ready.forEach((r, k) => {
      if (!rewritten.has(r.prepared.id)) collectTotals(totals, r.prepared, done[k] as WriteStatus);
    });
    await Promise.all(
      ready.map(async (r, k) => settle(results, r.index, reportOf(db, r.prepared, done[k] as WriteStatus))),
    );
    return results;
  }
  if (groupError instanceof DatabaseError || ready.length === 1) {
    for (const r of ready) results[r.index] = { ok: false, err: groupError };
    return results;
  }
  // One article per transaction, in order, so the failure lands on the article that caused it.
  for (const r of ready) {
    await settle(
      results,
      r.index,
      retryUrlRace(() => db.writeTransaction((tx) => writePrepared(tx, r.prepared))).then(async (s) => {
        const rewritten = await settleCuration(db, [r.prepared], opts.extractor);
        if (!rewritten.has(r.prepared.id)) collectTotals(totals, r.prepared, s);
        return reportOf(db, r.prepared, s);
      }),
    );
  }
  return results;
}

/** Thrown inside a group's transaction to roll back a one-statement write that was not clean. */
class NotAllNew extends Error {}

async function settle(results: GroupResult[], index: number, report: Promise<IngestReport>): Promise<void> {
  try {
    results[index] = { ok: true, report: await report };
  } catch (err) {
    results[index] = { ok: false, err };
  }
}
