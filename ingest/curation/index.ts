/**
 * Curation: analysts' corrections of the graph, recorded as `:Correction` nodes and applied by the
 * write path (ingest/curation/apply.ts) so they outlive re-ingest and re-extraction.
 *
 * @example
 * await curate(db, "merge", { survivor: "person:joe-biden", merged: ["person:biden"] }, { user: "sara" });
 */
import { randomUUID } from "node:crypto";
import neo4j from "neo4j-driver";
import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database } from "../db/driver.js";
import { InputError, NotFoundError } from "../errors.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Extractor } from "../write/extractor.js";
import { rewriteArticles } from "../write/rewrite.js";
import {
  CORRECTION_KINDS,
  EXPORT_FORMAT,
  exportSchema,
  REQUESTS,
  type Correction,
  type CorrectionKind,
  type CorrectionsFile,
  type Request,
} from "./kinds.js";
import { Recorder } from "./record.js";
import { resolveId, rulesOf } from "./rules.js";
import { allCorrections, applyMarks, correctionOf, curationRules } from "./store.js";

export { CORRECTION_KINDS, type Correction, type CorrectionKind } from "./kinds.js";

export interface CurateOptions {
  user: string;
  reason?: string | null;
  /** Extracts the articles a correction rewrites; default ingest/extract. */
  extractor?: Extractor;
  now?: () => Date;
}

export interface CurateResult {
  correction: Correction;
  /** Articles rewritten under the new rules. */
  articles: number;
}

/** Checks, records and applies one correction; a bad one changes nothing (4xx errors). */
export async function curate(
  db: Database,
  kind: string,
  body: unknown,
  opts: CurateOptions,
): Promise<CurateResult> {
  if (!(CORRECTION_KINDS as string[]).includes(kind)) {
    throw new InputError(`curate: unknown kind "${kind}" (one of ${CORRECTION_KINDS.join(", ")})`);
  }
  const first = parseRequest(kind as CorrectionKind, body);
  const user = checkUser(opts.user);
  const reason = opts.reason?.trim() ? opts.reason.trim().slice(0, 2_000) : null;
  const at = (opts.now ?? (() => new Date()))().toISOString();
  const correction = await db.writeTransaction(async (tx) => {
    const [lock] = rowsOf<{ version: number; seq: number }>(await tx.run(loadCypher("curation/lock")));
    const known = rowsOf<Parameters<typeof correctionOf>[0]>(
      await tx.run(loadCypher("curation/corrections")),
    ).map(correctionOf);
    // Undoing an undo is a redo: the original request is made again, checked against the graph
    // of now (a merge redone after the reverse merge is a cycle), and the undo is marked undone.
    const redo = redoOf(known, first);
    const k = redo?.kind ?? first.kind;
    const recorder = new Recorder(tx, rulesOf(known, 0), known);
    const request = redo ? parseRequest(k, requestOf(redo)).data : first.data;
    const payload: Record<string, unknown> = {
      ...(await recorder.payload(k, request)),
      ...(redo ? { redoes: redo.id } : {}),
    };
    const seq = lock?.seq ?? 0;
    const c: Correction = {
      id: `c-${seq}-${randomUUID().slice(0, 8)}`,
      seq,
      kind: k,
      user,
      at,
      reason,
      payload,
      undone: false,
    };
    await tx.run(loadCypher("curation/record"), {
      ...c,
      payload: JSON.stringify(payload),
      entities: k === "undo" ? [] : namedEntities(payload),
    });
    if (k === "undo") await tx.run(loadCypher("curation/set-undone"), { id: payload.target, undone: true });
    if (redo) await tx.run(loadCypher("curation/set-undone"), { id: redo.undoneBy, undone: true });
    return c;
  });
  const target =
    correction.kind === "undo"
      ? (await allCorrections(db)).find((c) => c.id === correction.payload.target)
      : undefined;
  const articles = await settle(db, target ?? correction, target !== undefined, opts.extractor);
  return { correction, articles };
}

type Parsed = { [K in CorrectionKind]: { kind: K; data: Request<K> } }[CorrectionKind];

function parseRequest(k: CorrectionKind, body: unknown): Parsed {
  const parsed = REQUESTS[k].safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `curate: bad ${k} (${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"})`,
    );
  }
  return { kind: k, data: parsed.data } as Parsed;
}

/** The correction an undo of an undo makes again, and that undo (null for any other request). */
function redoOf(known: readonly Correction[], p: Parsed): (Correction & { undoneBy: string }) | null {
  if (p.kind !== "undo") return null;
  const undo = known.find((c) => c.id === p.data.target);
  if (undo?.kind !== "undo") return null;
  if (undo.undone) throw new InputError(`curate: the undo "${undo.id}" is already undone`);
  const original = known.find((c) => c.id === undo.payload.target);
  if (!original) throw new NotFoundError(`curate: no correction "${String(undo.payload.target)}" to redo`);
  return { ...original, undoneBy: undo.id };
}

/** What a correction was asked to do: its payload without what applying it recorded. */
function requestOf(c: Correction): Record<string, unknown> {
  const { articles: _a, keys: _k, identity: _i, before: _b, redoes: _r, ...request } = c.payload;
  // A split's `target` is the entity it made (or was given as `to`), not part of the request.
  if (c.kind === "split") delete request.target;
  return c.kind === "undo" ? { target: c.payload.target } : request;
}

/** Corrections, newest first. */
export async function listCorrections(
  db: Database,
  filter: { kind?: string; user?: string; entity?: string; includeUndone?: boolean; limit?: number } = {},
): Promise<Correction[]> {
  const rows = await db.read<Parameters<typeof correctionOf>[0]>(loadCypher("curation/list"), {
    kind: filter.kind ?? null,
    user: filter.user ?? null,
    entity: filter.entity ?? null,
    includeUndone: filter.includeUndone ?? true,
    limit: neo4j.int(Math.max(1, Math.min(10_000, Math.trunc(filter.limit ?? 1_000)))),
  });
  return rows.map(correctionOf);
}

export async function exportCorrections(db: Database): Promise<CorrectionsFile> {
  return { format: EXPORT_FORMAT, version: 1, corrections: await allCorrections(db) };
}

/**
 * Adds the corrections of an exported file that this database lacks (same ids, users and times),
 * then brings the graph in line with them; `ids` are the ones added. The whole file is checked first: a malformed file, or
 * one whose merges would form a cycle with this database's, changes nothing.
 */
export async function importCorrections(
  db: Database,
  file: unknown,
  opts: { extractor?: Extractor } = {},
): Promise<{ imported: number; skipped: number; articles: number; ids: string[] }> {
  const parsed = exportSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `curate: not a corrections file (${issue?.path.join(".") || "file"}: ${issue?.message ?? "invalid"}); export one with kg curate export`,
    );
  }
  const incoming = [...parsed.data.corrections].sort((a, b) => a.seq - b.seq);
  checkImported(incoming);
  const created = await db.writeTransaction(async (tx) => {
    await tx.run(loadCypher("curation/lock"));
    const known = rowsOf<Parameters<typeof correctionOf>[0]>(
      await tx.run(loadCypher("curation/corrections")),
    ).map(correctionOf);
    const have = new Set(known.map((c) => c.id));
    const fresh = incoming.filter((c) => !have.has(c.id));
    const all = [...known, ...fresh];
    checkAcyclic(all);
    for (const c of fresh.filter((x) => x.kind === "undo")) {
      if (!all.some((x) => x.id === c.payload.target)) {
        throw new InputError(
          `curate: undo ${c.id} names correction "${String(c.payload.target)}", which is in neither the file nor the database`,
        );
      }
    }
    const rows = fresh.map((c, i) => ({
      ...c,
      seq: i,
      payload: JSON.stringify(c.payload),
      entities: c.kind === "undo" ? [] : namedEntities(c.payload),
    }));
    await tx.run(loadCypher("curation/import"), { rows });
    return fresh.map((c) => c.id);
  });
  const articles = created.length === 0 ? 0 : await reconcile(db, opts.extractor);
  return { imported: created.length, skipped: incoming.length - created.length, articles, ids: created };
}

function checkUser(raw: string): string {
  const user = raw.trim();
  if (user === "" || user.length > 100 || /[\p{Cc}]/u.test(user)) {
    throw new InputError(
      `curate: the user name must be 1-100 characters without control characters (got "${raw.slice(0, 40)}")`,
    );
  }
  return user;
}

function checkImported(list: Correction[]): void {
  const ids = new Set<string>();
  for (const c of list) {
    if (ids.has(c.id)) throw new InputError(`curate: correction id "${c.id}" appears twice in the file`);
    ids.add(c.id);
    const ok = REQUESTS[c.kind].safeParse(requestOf(c));
    if (!ok.success) {
      const issue = ok.error.issues[0];
      throw new InputError(
        `curate: correction ${c.id} (${c.kind}) is malformed (${issue?.path.join(".") || "payload"}: ${issue?.message ?? "invalid"})`,
      );
    }
    if (c.kind === "split" && typeof c.payload.target !== "string") {
      throw new InputError(`curate: split ${c.id} has no target entity id`);
    }
  }
}

function checkAcyclic(all: Correction[]): void {
  const aliases = new Map<string, string>();
  for (const c of all) {
    if (c.kind !== "merge" || c.undone) continue;
    for (const m of (c.payload.merged as string[]) ?? []) {
      const survivor = resolveId(aliases, c.payload.survivor as string);
      if (resolveId(aliases, m) === survivor)
        throw new InputError(`curate: merge ${c.id} makes a cycle of merges (${m} -> ${survivor})`);
      aliases.set(m, survivor);
    }
  }
}

/** Every entity id a payload names. */
function namedEntities(p: Record<string, unknown>): string[] {
  const ids = [p.survivor, ...(Array.isArray(p.merged) ? p.merged : []), p.from, p.target, p.id, p.source];
  return [...new Set(ids.filter((x): x is string => typeof x === "string"))];
}

/** Entities whose articles a correction (or its undo) may change: merged, split, stopped ones. */
function entityIdsOf(c: Correction): string[] {
  const p = c.payload;
  const one = (v: unknown): string[] => (typeof v === "string" ? [v] : []);
  const many = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
  if (c.kind === "merge") return many(p.merged);
  if (c.kind === "split") return [...one(p.from), ...one(p.target)];
  if (c.kind === "not-entity") return one(p.id);
  return [];
}

const REWRITES: readonly CorrectionKind[] = ["merge", "split", "not-entity", "reject-relation"];

/**
 * Brings the graph in line with one correction (or, `undone`, with its undo): rewrites the
 * articles it touched under the rules now in force, then fixes what rewriting cannot reach
 * (stored names, leftovers of merged entities, marks).
 */
async function settle(db: Database, c: Correction, undone: boolean, extractor?: Extractor): Promise<number> {
  const p = c.payload;
  let articles = 0;
  if (REWRITES.includes(c.kind)) {
    const ids = [
      ...new Set([...((p.articles as string[]) ?? []), ...(await articlesOf(db, entityIdsOf(c)))]),
    ];
    articles = await rewriteArticles(db, ids, extractor);
  }
  const before = (p.before ?? {}) as Record<string, unknown>;
  switch (c.kind) {
    case "merge":
      if (undone)
        await setEntity(db, p.survivor as string, { aliases: before.aliases, searchKeys: before.searchKeys });
      else articles += await foldMerged(db, p.merged as string[], p.survivor as string, extractor);
      break;
    case "split": {
      const forms = new Set(((p.forms as string[]) ?? []).map(normalizeForMatch));
      const aliases = undone
        ? before.aliases
        : (before.aliases as string[]).filter((a) => !forms.has(normalizeForMatch(a)));
      const searchKeys = undone
        ? before.searchKeys
        : (before.searchKeys as string[]).filter((k) => !forms.has(k));
      await setEntity(db, p.from as string, { aliases, searchKeys });
      break;
    }
    case "rename": {
      const rules = await curationRules(db);
      const own = rules.identities.get(p.id as string);
      const name = own?.name ?? (before.name as string);
      const aliases = [...new Set([...(before.aliases as string[]), before.name as string])].filter(
        (a) => a !== name,
      );
      const searchKeys = [...new Set([...(before.searchKeys as string[]), normalizeForMatch(name)])];
      await setEntity(db, p.id as string, {
        name,
        nameEn: own?.nameEn ?? before.nameEn,
        aliases,
        searchKeys,
      });
      break;
    }
    case "retype":
      await setEntity(db, p.id as string, {
        type: (await curationRules(db)).identities.get(p.id as string)?.type ?? before.type,
      });
      break;
    case "set-property": {
      const value = (await curationRules(db)).identities.get(p.id as string)?.props[p.key as string];
      await setEntity(db, p.id as string, {
        props: { [p.key as string]: value === undefined ? before.value : value },
      });
      break;
    }
    case "not-entity":
      if (!undone && typeof p.id === "string" && p.context === undefined)
        await db.write(loadCypher("curation/delete-entity"), { id: p.id });
      break;
    case "confirm-relation":
    case "add-relation":
      if (undone)
        await db.write(loadCypher("curation/unmark"), {
          type: p.type,
          source: p.source,
          target: p.target,
          correction: c.id,
          manual: c.kind === "add-relation",
        });
      break;
  }
  await applyMarks(db, await curationRules(db), null);
  return articles;
}

/** After an import: every article touching a named entity is rewritten, then the stored entities follow the rules. */
async function reconcile(db: Database, extractor?: Extractor): Promise<number> {
  const corrections = (await allCorrections(db)).filter((c) => !c.undone && c.kind !== "undo");
  const ids = [...new Set(corrections.flatMap(entityIdsOf))];
  const stored = corrections.flatMap((c) => (c.payload.articles as string[] | undefined) ?? []);
  const articles = await rewriteArticles(
    db,
    [...new Set([...stored, ...(await articlesOf(db, ids))])],
    extractor,
  );
  const rules = await curationRules(db);
  for (const c of corrections) {
    if (c.kind === "merge")
      await foldMerged(db, c.payload.merged as string[], c.payload.survivor as string, extractor);
    if (c.kind === "not-entity" && typeof c.payload.id === "string" && c.payload.context === undefined)
      await db.write(loadCypher("curation/delete-entity"), { id: c.payload.id });
    if (["rename", "retype", "set-property", "split"].includes(c.kind)) await settle(db, c, false, extractor);
  }
  await applyMarks(db, rules, null);
  return articles;
}

/** Rounds of foldMerged; each one beyond the first means another writer moved the entities meanwhile. */
const FOLD_ROUNDS = 4;

/**
 * Folds what is left of merged entities into their survivor (curation/fold.cypher), after the
 * merge's articles were rewritten; returns the articles it rewrote itself. Another merge may have
 * changed both meanwhile (two overlapping merges): the survivor is resolved under the rules in force
 * and must still exist once locked, or it is resolved again; an article still naming a merged
 * entity (a writer under older rules raced the rewrite) is rewritten first, since folding deletes
 * the merged node.
 */
async function foldMerged(
  db: Database,
  merged: readonly string[],
  survivor: string,
  extractor?: Extractor,
): Promise<number> {
  let articles = 0;
  for (let round = 0; round < FOLD_ROUNDS; round++) {
    const left = await articlesOf(db, [...merged]);
    if (left.length > 0) {
      articles += await rewriteArticles(db, left, extractor);
      continue;
    }
    const target = resolveId((await curationRules(db)).aliases, survivor);
    const folded = await db.writeTransaction(async (tx) => {
      const ids = [...new Set([target, ...merged])].sort();
      await tx.run(loadCypher("curation/lock-entities"), { ids });
      // Read after the locks: a survivor merged away while this waited is gone now.
      const [found] = rowsOf<{ found: boolean }>(
        await tx.run(loadCypher("curation/entities"), { ids: [target] }),
      );
      if (!found?.found) return false;
      await tx.run(loadCypher("curation/fold"), { merged, survivor: target });
      return true;
    });
    if (folded) break;
  }
  return articles;
}

async function articlesOf(db: Database, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await db.read<{ article: string }>(loadCypher("curation/entity-articles"), { ids })).map(
    (r) => r.article,
  );
}

async function setEntity(db: Database, id: string, fields: Record<string, unknown>): Promise<void> {
  await db.write(loadCypher("curation/set-entity"), {
    id,
    name: fields.name ?? null,
    nameEn: fields.nameEn ?? null,
    type: fields.type ?? null,
    aliases: fields.aliases ?? null,
    searchKeys: fields.searchKeys ?? null,
    props: fields.props ?? {},
  });
}
