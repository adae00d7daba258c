import { randomUUID } from "node:crypto";
import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type Database, type ManagedTransaction } from "../db/driver.js";
import { InputError } from "../errors.js";
import type { ArticleInput, ExtractionResult, IngestReport } from "../model.js";
import { articleId, normaliseForId } from "./article-id.js";
import { defaultExtractor, type Extractor } from "./extractor.js";
import { buildArticleRows } from "./rows.js";

export interface IngestOptions {
  /** Defaults to ingest/extract (loaded on first use). */
  extractor?: Extractor;
  /** Clock for `ingestedAt`; tests pin it. */
  now?: () => Date;
}

interface Lookup {
  found: boolean;
  extractorVersion: string | null;
  entityCount: number | null;
  relationCount: number | null;
  statementCount: number | null;
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
  validateInput(input);
  const extractor = opts.extractor ?? (await defaultExtractor());
  const id = articleId(input.text);

  const [known] = await db.read<Lookup>(loadCypher("write/lookup"), { id });
  if (known?.found && known.extractorVersion === extractor.version) return unchangedReport(id, known);

  const result: ExtractionResult = await extractor.extract(input);
  const rows = buildArticleRows(input, result, { extractorVersion: extractor.version });
  const now = (opts.now ?? (() => new Date()))().toISOString();
  const warnings = [...(result.warnings ?? [])];

  const status = await db.writeTransaction(async (tx) => {
    const token = randomUUID();
    const claim = await claimArticle(tx, id, token, rows.article.url);
    if (!claim.claimed && claim.extractorVersion === extractor.version) return "unchanged" as const;
    // Not claimed but another extractor version: the same text is re-extracted in place.
    const replacing = [...(claim.claimed ? [] : [id]), ...claim.older];
    for (const old of replacing) await removeArticle(tx, old);
    if (!claim.claimed) await claimArticle(tx, id, token, null);
    await tx.run(loadCypher("write/article"), {
      article: rows.article,
      sentences: rows.sentences,
      entities: rows.entities,
      mentions: rows.mentions,
      relations: rows.relations,
      statements: rows.statements,
      now,
      seen: rows.article.publishedAt ?? now,
    });
    return replacing.length > 0 ? ("replaced" as const) : ("new" as const);
  });

  if (status === "unchanged") {
    const [again] = await db.read<Lookup>(loadCypher("write/lookup"), { id });
    return unchangedReport(id, again ?? { ...EMPTY_LOOKUP, found: true });
  }
  return {
    articleId: id,
    status,
    entities: rows.entities.length,
    relations: rows.relations.length,
    statements: rows.statements.length,
    entityIds: rows.entities.map((e) => e.id),
    warnings,
  };
}

const EMPTY_LOOKUP: Lookup = {
  found: false,
  extractorVersion: null,
  entityCount: null,
  relationCount: null,
  statementCount: null,
};

function validateInput(input: ArticleInput): void {
  if (typeof input.text !== "string") {
    throw new InputError(
      `ingest: article text must be a string (got ${input.text === null ? "null" : typeof input.text})`,
    );
  }
  if (normaliseForId(input.text) === "") {
    throw new InputError(
      `ingest: article has no text (got ${input.text.length} characters, none of them text after clean-up)`,
    );
  }
}

interface Claim {
  claimed: boolean;
  extractorVersion: string | null;
  /** Older versions at the same URL. */
  older: string[];
}

async function claimArticle(
  tx: ManagedTransaction,
  id: string,
  token: string,
  url: string | null,
): Promise<Claim> {
  const [row] = rowsOf<Claim>(await tx.run(loadCypher("write/claim"), { id, token, url }));
  return row ?? { claimed: false, extractorVersion: null, older: [] };
}

async function removeArticle(tx: ManagedTransaction, id: string): Promise<void> {
  await tx.run(loadCypher("write/remove-relations"), { id });
  await tx.run(loadCypher("write/remove-article"), { id });
}

function unchangedReport(id: string, known: Lookup): IngestReport {
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
