/**
 * The rules the write path applies, derived from the active corrections: the graph is always
 * `write(rules(extract(article)))`, so a correction outlives re-ingest and re-extraction.
 * Pure: corrections in, rules out.
 */
import { createHash } from "node:crypto";
import { SYMMETRIC_RELATIONS, type EntityType, type PropertyValue, type RelationType } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Correction } from "./kinds.js";

export interface Identity {
  name?: string;
  nameEn?: string;
  type?: EntityType;
  props: Record<string, PropertyValue>;
}

export interface SplitRule {
  from: string;
  /** Matching forms (normalizeForMatch) of the mentions that go to `to`. */
  forms: Set<string>;
  to: string;
}

export interface StopRule {
  /** Matching form of the surface form that is never an entity. */
  form: string;
  /** Only in sentences containing this (matching form); null: everywhere. */
  context: string | null;
}

export interface RelationMark {
  correction: string;
  type: RelationType;
  source: string;
  target: string;
  user: string;
  at: string;
  note: string | null;
  sentence: string | null;
}

export interface CurationRules {
  /** CurationState.version the rules were read at. */
  version: number;
  /** Merged id -> surviving id, resolved through chains of merges. */
  aliases: Map<string, string>;
  identities: Map<string, Identity>;
  splits: SplitRule[];
  stops: StopRule[];
  /** Entity ids that are never entities. */
  stoppedIds: Set<string>;
  /** rejectionKey()s of evidence sentences. */
  rejected: Set<string>;
  confirmed: RelationMark[];
  manual: RelationMark[];
}

export const NO_RULES: CurationRules = emptyRules(0);

function emptyRules(version: number): CurationRules {
  return {
    version,
    aliases: new Map(),
    identities: new Map(),
    splits: [],
    stops: [],
    stoppedIds: new Set(),
    rejected: new Set(),
    confirmed: [],
    manual: [],
  };
}

/** The surviving id of `id` under `aliases` (itself when not merged). */
export function resolveId(aliases: ReadonlyMap<string, string>, id: string): string {
  let at = id;
  // Recording refuses cycles; the bound keeps a hand-edited database from hanging a writer.
  for (let i = 0; i < 100; i++) {
    const next = aliases.get(at);
    if (next === undefined) return at;
    at = next;
  }
  return at;
}

/** Symmetric relations are stored once, source < target (ingest/write/rows.ts). */
export function orientRelation(type: string, source: string, target: string): [string, string] {
  return SYMMETRIC_RELATIONS.includes(type as RelationType) && target < source
    ? [target, source]
    : [source, target];
}

/**
 * The key a rejection is remembered by: the relation and the text of its evidence sentence, so
 * the same sentence seen again (re-ingest, another article quoting it) is rejected again, however
 * the graph happens to store evidence.
 */
export function rejectionKey(type: string, source: string, target: string, sentence: string): string {
  const [s, t] = orientRelation(type, source, target);
  const text = normalizeForMatch(sentence).replace(/\s+/g, " ").trim();
  return createHash("sha256").update(`${type}\u0000${s}\u0000${t}\u0000${text}`).digest("hex").slice(0, 32);
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);

function identityOf(rules: CurationRules, id: string): Identity {
  let found = rules.identities.get(id);
  if (!found) {
    found = { props: {} };
    rules.identities.set(id, found);
  }
  return found;
}

/** Rules of the active corrections, applied in the order they were made. */
export function rulesOf(corrections: readonly Correction[], version: number): CurationRules {
  const rules = emptyRules(version);
  const active = corrections.filter((c) => !c.undone && c.kind !== "undo").sort((a, b) => a.seq - b.seq);
  for (const c of active) {
    const p = c.payload;
    switch (c.kind) {
      case "merge": {
        const survivor = str(p.survivor) as string;
        for (const m of strs(p.merged)) rules.aliases.set(m, survivor);
        const id = p.identity as { name?: string; nameEn?: string; type?: EntityType } | undefined;
        const own = identityOf(rules, survivor);
        own.name ??= id?.name;
        own.nameEn ??= id?.nameEn;
        own.type ??= id?.type;
        break;
      }
      case "split": {
        const to = str(p.target) as string;
        rules.splits.push({
          from: str(p.from) as string,
          forms: new Set(strs(p.forms).map(normalizeForMatch)),
          to,
        });
        const id = p.identity as { name?: string; nameEn?: string; type?: EntityType } | undefined;
        const own = identityOf(rules, to);
        own.name ??= id?.name;
        own.nameEn ??= id?.nameEn;
        own.type ??= id?.type;
        break;
      }
      case "rename": {
        const own = identityOf(rules, str(p.id) as string);
        if (str(p.name) !== undefined) own.name = str(p.name);
        if (str(p.nameEn) !== undefined) own.nameEn = str(p.nameEn);
        break;
      }
      case "retype":
        identityOf(rules, str(p.id) as string).type = str(p.type) as EntityType;
        break;
      case "set-property":
        identityOf(rules, str(p.id) as string).props[str(p.key) as string] = (p.value ??
          null) as PropertyValue;
        break;
      case "not-entity": {
        const context = str(p.context) ?? null;
        if (str(p.form) !== undefined)
          rules.stops.push({
            form: normalizeForMatch(str(p.form) as string),
            context: context === null ? null : normalizeForMatch(context),
          });
        if (str(p.id) !== undefined && context === null) rules.stoppedIds.add(str(p.id) as string);
        break;
      }
      case "reject-relation":
        for (const k of strs(p.keys)) rules.rejected.add(k);
        break;
      case "confirm-relation":
      case "add-relation": {
        const mark: RelationMark = {
          correction: c.id,
          type: str(p.type) as RelationType,
          source: str(p.source) as string,
          target: str(p.target) as string,
          user: c.user,
          at: c.at,
          note: str(p.note) ?? null,
          sentence: str(p.sentence) ?? null,
        };
        (c.kind === "confirm-relation" ? rules.confirmed : rules.manual).push(mark);
        break;
      }
    }
  }
  // Chains (a -> b, later b -> c) resolve straight to the end.
  for (const k of rules.aliases.keys()) rules.aliases.set(k, resolveId(rules.aliases, k));
  return rules;
}
