/**
 * Checks one correction against the graph and records it, inside the transaction that holds the
 * curation lock: what it names must exist (merged ids resolve to their survivor), and it must not
 * contradict the rules already in force (merging an entity into itself, a cycle of merges).
 * Returns the payload to store: the request plus what undoing or re-applying it needs.
 */
import { createHash } from "node:crypto";
import { loadCypher } from "../db/cypher-files.js";
import { rowsOf, type ManagedTransaction } from "../db/driver.js";
import { InputError, NotFoundError } from "../errors.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Correction, CorrectionKind, Request } from "./kinds.js";
import { orientRelation, rejectionKey, resolveId, type CurationRules } from "./rules.js";

export interface StoredEntity {
  id: string;
  found: boolean;
  name: string;
  nameEn: string | null;
  type: string;
  aliases: string[];
  searchKeys: string[];
  properties: Record<string, unknown>;
}

export class Recorder {
  constructor(
    private readonly tx: ManagedTransaction,
    private readonly rules: CurationRules,
    private readonly corrections: readonly Correction[],
  ) {}

  async entity(raw: string): Promise<StoredEntity> {
    const id = resolveId(this.rules.aliases, raw);
    const [row] = rowsOf<StoredEntity>(await this.tx.run(loadCypher("curation/entities"), { ids: [id] }));
    if (!row?.found) {
      throw new NotFoundError(`curate: no entity "${raw}" (find ids with GET /api/search?q=...)`);
    }
    return row;
  }

  async articlesOf(ids: string[]): Promise<string[]> {
    const rows = rowsOf<{ article: string }>(
      await this.tx.run(loadCypher("curation/entity-articles"), { ids }),
    );
    return rows.map((r) => r.article);
  }

  async payload(kind: CorrectionKind, req: Request<CorrectionKind>): Promise<Record<string, unknown>> {
    switch (kind) {
      case "merge":
        return this.merge(req as Request<"merge">);
      case "split":
        return this.split(req as Request<"split">);
      case "rename": {
        const p = req as Request<"rename">;
        const e = await this.entity(p.id);
        return { ...p, id: e.id, before: snapshot(e) };
      }
      case "retype": {
        const p = req as Request<"retype">;
        const e = await this.entity(p.id);
        return { ...p, id: e.id, before: { type: e.type } };
      }
      case "set-property": {
        const p = req as Request<"set-property">;
        const e = await this.entity(p.id);
        return { ...p, id: e.id, before: { value: e.properties[p.key] ?? null } };
      }
      case "not-entity":
        return this.notEntity(req as Request<"not-entity">);
      case "reject-relation":
        return this.reject(req as Request<"reject-relation">);
      case "confirm-relation": {
        const p = req as Request<"confirm-relation">;
        const { source, target } = await this.relation(p.type, p.source, p.target);
        return { ...p, source, target };
      }
      case "add-relation": {
        const p = req as Request<"add-relation">;
        const [s, t] = [await this.entity(p.source), await this.entity(p.target)];
        if (s.id === t.id)
          throw new InputError(`curate: a relation needs two different entities (both are "${s.id}")`);
        const [source, target] = orientRelation(p.type, s.id, t.id);
        return { ...p, source, target };
      }
      case "undo":
        return this.undo(req as Request<"undo">);
    }
  }

  private async merge(p: Request<"merge">): Promise<Record<string, unknown>> {
    const survivor = await this.entity(p.survivor);
    const merged: string[] = [];
    for (const raw of p.merged) {
      const resolved = resolveId(this.rules.aliases, raw);
      if (resolved === survivor.id) {
        const via = resolved === raw ? "" : ` ("${raw}" was already merged into it)`;
        throw new InputError(`curate: cannot merge "${survivor.id}" into itself${via}`);
      }
      merged.push((await this.entity(raw)).id);
    }
    const unique = [...new Set(merged)];
    return {
      survivor: survivor.id,
      merged: unique,
      identity: { name: survivor.name, nameEn: survivor.nameEn, type: survivor.type },
      before: snapshot(survivor),
      articles: await this.articlesOf(unique),
    };
  }

  private async split(p: Request<"split">): Promise<Record<string, unknown>> {
    const from = await this.entity(p.from);
    const names = new Set([from.name, ...from.aliases].map(normalizeForMatch));
    const unknown = p.forms.filter((f) => !names.has(normalizeForMatch(f)));
    if (unknown.length > 0) {
      throw new InputError(
        `curate: "${from.id}" has no alias ${unknown.map((f) => `"${f}"`).join(", ")} (its names: ${[from.name, ...from.aliases].join(", ")})`,
      );
    }
    let target: StoredEntity | null = null;
    let identity: Record<string, unknown>;
    if (p.to !== undefined) {
      target = await this.entity(p.to);
      if (target.id === from.id) throw new InputError(`curate: cannot split "${from.id}" into itself`);
      identity = { name: target.name, nameEn: target.nameEn, type: target.type };
    } else {
      const e = p.entity as NonNullable<typeof p.entity>;
      identity = { name: e.name, nameEn: e.nameEn ?? "", type: e.type };
    }
    const id = target?.id ?? newEntityId(identity.type as string, identity.name as string);
    return { ...p, target: id, identity, before: snapshot(from), articles: await this.articlesOf([from.id]) };
  }

  private async notEntity(p: Request<"not-entity">): Promise<Record<string, unknown>> {
    const e = p.id === undefined ? null : await this.entity(p.id);
    const form = p.form ?? (e as StoredEntity).name;
    const byForm = rowsOf<{ id: string }>(
      await this.tx.run(loadCypher("curation/entities-by-form"), { form: normalizeForMatch(form) }),
    ).map((r) => r.id);
    const ids = [...new Set([...(e ? [e.id] : []), ...byForm])];
    return { ...p, ...(e ? { id: e.id } : {}), form, articles: await this.articlesOf(ids) };
  }

  private async relation(type: string, rawSource: string, rawTarget: string) {
    const [s, t] = [await this.entity(rawSource), await this.entity(rawTarget)];
    const [source, target] = orientRelation(type, s.id, t.id);
    const [row] = rowsOf<{
      manual: boolean;
      sentences: { id: string | null; text: string; articleId: string }[];
    }>(await this.tx.run(loadCypher("curation/relation-evidence"), { type, source, target }));
    if (!row) throw new NotFoundError(`curate: no ${type} relation from "${source}" to "${target}"`);
    return { source, target, manual: row.manual, sentences: row.sentences.filter((s) => s.id !== null) };
  }

  private async reject(p: Request<"reject-relation">): Promise<Record<string, unknown>> {
    const rel = await this.relation(p.type, p.source, p.target);
    let sentences = rel.sentences;
    if (p.sentenceIds !== undefined) {
      const missing = p.sentenceIds.filter((id) => !sentences.some((s) => s.id === id));
      if (missing.length > 0) {
        throw new InputError(
          `curate: sentence ${missing.join(", ")} is not evidence of this ${p.type} relation`,
        );
      }
      sentences = sentences.filter((s) => p.sentenceIds?.includes(s.id as string));
    }
    if (sentences.length === 0) {
      throw new InputError(
        `curate: this ${p.type} relation has no extracted evidence (it was added by hand: undo its add-relation correction)`,
      );
    }
    return {
      ...p,
      source: rel.source,
      target: rel.target,
      keys: sentences.map((s) => rejectionKey(p.type, rel.source, rel.target, s.text)),
      articles: [...new Set(sentences.map((s) => s.articleId))],
    };
  }

  private undo(p: Request<"undo">): Record<string, unknown> {
    const target = this.corrections.find((c) => c.id === p.target);
    if (!target)
      throw new NotFoundError(`curate: no correction "${p.target}" (list them with kg curate list)`);
    if (target.undone) throw new InputError(`curate: correction "${p.target}" is already undone`);
    return { target: target.id, kind: target.kind };
  }
}

function snapshot(e: StoredEntity): Record<string, unknown> {
  return { name: e.name, nameEn: e.nameEn, aliases: e.aliases, searchKeys: e.searchKeys };
}

/** Ids of entities made by a split: the type, then a digest of the name (stable across databases). */
function newEntityId(type: string, name: string): string {
  const digest = createHash("sha256").update(normalizeForMatch(name)).digest("hex").slice(0, 12);
  return `${type.toLowerCase()}:curated-${digest}`;
}
