import { randomUUID } from "node:crypto";
import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database, type ManagedTransaction } from "../db/driver.js";
import { InputError } from "../errors.js";
import type { ArticleInput, ExtractionResult, IngestReport } from "../model.js";
import { articleId } from "./article-id.js";
import { defaultExtractor, type Extractor } from "./extractor.js";
import { NOT_STORED, singleLookup, type Lookup, type StoredArticle } from "./lookup.js";
import { EntityTotals } from "./entity-totals.js";
import { buildArticleRows, type ArticleRows } from "./rows.js";
import { removeIfPresent } from "./delete.js";
import { retryUrlRace } from "./url-race.js";
import { applyRules } from "../curation/apply.js";
import { curationRules } from "../curation/store.js";
import type { CurationRules } from "../curation/rules.js";
import { settleCuration } from "./rewrite.js";

export interface IngestOptions {
  /** Defaults to ingest/extract (loaded on first use). */
  extractor?: Extractor;
  /** Clock for `ingestedAt`; tests pin it. */
  now?: () => Date;
  /** How the stored version is looked up (a batch reads a block of ids at once); default one read. */
  lookup?: Lookup;
  /**
   * The curation rules to extract under; default one read per article. A group of articles shares
   * one read (writeGroup): the rules version is read again after commit (settleCuration), so a
   * correction that lands after this read still reaches the articles.
   */
  rules?: () => Promise<CurationRules>;
}

/**
 * Extracts one article and writes it in ONE transaction: it is in the graph whole or not at all.
 * The same text again is reported `unchanged` and touches nothing; new text at a known URL
 * replaces the old version's facts (`replaced`).
 *
 * @example
 * const report = await ingestArticle(db, { text, title: "بايدن يستقبل الكاظمي" });
 * report.status; // "new" | "unchanged" | "replaced"
 */
export async function ingestArticle(
  db: Database,
  input: ArticleInput,
  opts: IngestOptions = {},
): Promise<IngestReport> {
  const prepared = await prepareArticle(db, input, opts);
  if (prepared.kind === "unchanged") return prepared.report;
  const status = await retryUrlRace(() => db.writeTransaction((tx) => writePrepared(tx, prepared)));
  const rewritten = await settleCuration(db, [prepared], opts.extractor);
  const totals = new EntityTotals();
  if (!rewritten.has(prepared.id) && collectTotals(totals, prepared, status)) await totals.flush(db);
  return reportOf(db, prepared, status);
}

/** An article read and extracted, ready to be written (or already in the graph unchanged). */
export type Prepared =
  | { kind: "unchanged"; id: string; report: IngestReport }
  | {
      kind: "ready";
      id: string;
      url: string | null;
      version: string;
      rows: ArticleRows;
      now: string;
      warnings: string[];
      /** Already written, but its entities' totals never were (a crash in between). */
      pending: boolean;
      /** The curation rules (ingest/curation) applied to the extraction were of this version. */
      rulesVersion: number;
      /** The lookup found this text stored (by another extractor version, or pending). */
      stored?: boolean;
    };

export type WriteStatus = "new" | "replaced" | "unchanged";

export const UNDATED_WARNING =
  "article has no date (publishedAt): it is stored undated and left out of every time window";

/** Validates, looks the text up and extracts it: everything before the write transaction. */
export async function prepareArticle(
  db: Database,
  input: ArticleInput,
  opts: IngestOptions = {},
): Promise<Prepared> {
  validateInput(input);
  const extractor = opts.extractor ?? (await defaultExtractor());
  const id = articleId(input.text);

  const known = await (opts.lookup ?? singleLookup(db))(id);
  const sameVersion = known.found && known.extractorVersion === extractor.version;
  if (sameVersion && !known.pending) {
    return { kind: "unchanged", id, report: unchangedReport(id, known) };
  }
  const rules = await (opts.rules ?? (() => curationRules(db)))();
  const result: ExtractionResult = applyRules(input.text, await extractor.extract(input), rules);
  const rows = buildArticleRows(input, result, { extractorVersion: extractor.version });
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const warnings = [...(result.warnings ?? [])];
  if (rows.article.undated) warnings.push(UNDATED_WARNING);
  return {
    kind: "ready",
    id,
    url: rows.article.url ?? null,
    version: extractor.version,
    rows,
    now,
    warnings,
    pending: sameVersion && known.pending,
    rulesVersion: rules.version,
    stored: known.found,
  };
}

/**
 * Adds a written article's entities to `totals` when they still need their totals brought up to
 * date (written now, or written before by a run that stopped ahead of its totals); says whether it did.
 */
export function collectTotals(
  totals: EntityTotals,
  p: Extract<Prepared, { kind: "ready" }>,
  status: WriteStatus,
): boolean {
  if (status === "unchanged" && !p.pending) return false;
  totals.add(p.id, p.rows.entities);
  return true;
}

/**
 * Claims and writes one prepared article inside `tx`. Several articles may share a transaction
 * (ingestBatch): each runs these same statements in turn, so a later article sees the earlier
 * ones' writes (the same text is `unchanged`, the same URL replaces the earlier version).
 *
 * The common case — new text, no older version at its URL — is one statement (claim and write).
 * Otherwise that statement writes nothing and says what to remove first: the older versions at the
 * URL, or this same text stored by another extractor version (re-extracted in place); then it runs
 * again.
 */
export async function writePrepared(
  tx: ManagedTransaction,
  p: Extract<Prepared, { kind: "ready" }>,
): Promise<WriteStatus> {
  const token = randomUUID();
  let outcome = await writeArticle(tx, p, token);
  if (outcome.written) return "new";
  const same = !outcome.claimed && outcome.extractorVersion === p.version;
  // A pending article may have been written under older corrections and never settled (the
  // settle failed): with corrections in force it is rewritten in place, still reported unchanged.
  if (same && !(p.pending && p.rulesVersion > 0)) return "unchanged";
  for (let round = 0; round < REPLACE_ROUNDS; round++) {
    // Each version goes under its lock, as a delete or a curation rewrite takes it: one that another
    // writer removed while this one waited is skipped, one it replaced is found again by the next
    // write (the URL's newer version) and removed in the next round.
    for (const old of [...(outcome.claimed ? [] : [p.id]), ...outcome.older]) await removeIfPresent(tx, old);
    outcome = await writeArticle(tx, p, token);
    if (outcome.written) return same ? "unchanged" : "replaced";
  }
  // Writers that keep replacing the URL faster than this one: the transaction is rolled back.
  throw new Error(`ingest: article ${p.id} changed while it was being replaced; try again`);
}

/**
 * Rounds of removing what stands in an article's way: each beyond the first means another writer
 * put a version at the URL (or the same text) while this one waited for a lock.
 */
const REPLACE_ROUNDS = 5;

interface WriteOutcome {
  written: boolean;
  claimed: boolean;
  extractorVersion: string | null;
  /** Older versions at the same URL, still in the graph when nothing was written. */
  older: string[];
}

async function writeArticle(
  tx: ManagedTransaction,
  p: Extract<Prepared, { kind: "ready" }>,
  token: string,
): Promise<WriteOutcome> {
  const [row] = rowsOf<WriteOutcome>(
    await tx.run(loadCypher("write/article"), groupParams([articleParams(p, token)])),
  );
  return row ?? { written: false, claimed: false, extractorVersion: null, older: [] };
}

/**
 * Writes several new articles with one statement (cypher/write/article.cypher runs its body once per
 * article, in order, each seeing the ones before) when every one of them is claimed clean: the same
 * graph as writePrepared one after the other, in one round trip. Says whether they all were; when
 * one was not (its text is stored, an older version holds its URL), the others may be written
 * already, so the caller must roll `tx` back and write them one by one with writePrepared.
 */
export async function writeAllNew(
  tx: ManagedTransaction,
  ps: readonly Extract<Prepared, { kind: "ready" }>[],
): Promise<boolean> {
  const rows = rowsOf<WriteOutcome>(
    await tx.run(loadCypher("write/article"), groupParams(ps.map((p) => articleParams(p, randomUUID())))),
  );
  return rows.length === ps.length && rows.every((r) => r.written);
}

/**
 * An article's mentions as article.cypher takes them: the sentence and the entity by position in
 * the article's sentence and entity rows (the statement keeps the nodes it wrote for those in the
 * same order), with the mention's own properties. A mention whose sentence or entity is not among
 * the rows is left out, as the look-ups by id it replaces found nothing for it.
 */
function mentionParams(
  rows: ArticleRows,
): { sentence: number; entity: number; start: number; end: number; text: string }[] {
  const sentences = new Map<string, number>();
  rows.sentences.forEach((s, i) => sentences.set(s.id, i));
  const entities = new Map<string, number>();
  rows.entities.forEach((e, i) => {
    if (!entities.has(e.id)) entities.set(e.id, i);
  });
  const out = [];
  for (const m of rows.mentions) {
    const sentence = sentences.get(m.sentenceId);
    const entity = entities.get(m.entityId);
    if (sentence === undefined || entity === undefined) continue;
    out.push({ sentence, entity, start: m.start, end: m.end, text: m.text });
  }
  return out;
}

/** The parameters of cypher/write/article.cypher: the articles, in order, inside one map. */
export function groupParams(articles: Record<string, unknown>[]): Record<string, unknown> {
  return { group: { articles } };
}

/**
 * One article's entry in the parameters of cypher/write/article.cypher. No list is a parameter of
 * its own: Neo4j keys its plan cache on each list parameter's size bucket, so lists whose sizes vary
 * from article to article (or group to group) made most new articles wait for the statement to be
 * planned again; inside one map they do not.
 */
export function articleParams(
  p: Extract<Prepared, { kind: "ready" }>,
  token: string,
): Record<string, unknown> {
  const { rows } = p;
  return {
    article: rows.article,
    rows: {
      sentences: rows.sentences,
      entities: rows.entities,
      mentions: mentionParams(rows),
      relations: rows.relations,
      statements: rows.statements,
    },
    token,
    now: p.now,
    // An undated article leaves firstSeen/lastSeen as they are: its ingestion is not a news date.
    seen: rows.article.publishedAt,
  };
}

/** The report of a written article; an `unchanged` one is read back for its stored counts. */
export async function reportOf(
  db: Database,
  p: Extract<Prepared, { kind: "ready" }>,
  status: WriteStatus,
): Promise<IngestReport> {
  if (status === "unchanged") {
    const again = await singleLookup(db)(p.id);
    return unchangedReport(p.id, again.found ? again : { ...NOT_STORED, found: true });
  }
  const { rows } = p;
  return {
    articleId: p.id,
    status,
    entities: rows.entities.length,
    relations: rows.relations.length,
    statements: rows.statements.length,
    entityIds: rows.entities.map((e) => e.id),
    warnings: p.warnings,
  };
}

/**
 * A character that normaliseForId keeps: neither white space nor one that clean-up drops (tatweel,
 * invisible controls; ingest/text/clean.ts). A text without one has no text after clean-up.
 */
const HAS_TEXT = /[^\s\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

function validateInput(input: ArticleInput): void {
  if (typeof input.text !== "string") {
    throw new InputError(
      `ingest: article text must be a string (got ${input.text === null ? "null" : typeof input.text})`,
    );
  }
  if (!HAS_TEXT.test(input.text)) {
    throw new InputError(
      `ingest: article has no text (got ${input.text.length} characters, none of them text after clean-up)`,
    );
  }
}

function unchangedReport(id: string, known: StoredArticle): IngestReport {
  return {
    articleId: id,
    status: "unchanged",
    entities: known.entityCount ?? 0,
    relations: known.relationCount ?? 0,
    statements: known.statementCount ?? 0,
    entityIds: [],
    warnings: [],
  };
}
