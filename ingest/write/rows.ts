import { InputError } from "../errors.js";
import {
  ENTITY_MODEL_KEYS,
  ENTITY_TYPES,
  RELATION_TYPES,
  SYMMETRIC_RELATIONS,
  type ArticleInput,
  type Entity,
  type ExtractionResult,
  type PropertyValue,
  type SentenceInfo,
} from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import { addAmount } from "./amounts.js";
import { articleId } from "./article-id.js";
import type { ArticleRows, EntityRow, MentionRow, RelationRow, StatementRow } from "./row-types.js";
import { sentenceAt, sentenceByIndex, sentencesOf } from "./sentences.js";

export type * from "./row-types.js";

export interface RowOptions {
  extractorVersion: string;
  lang?: string;
}

/** Relation properties kept on the relationship; anything else the extractor adds is dropped. */
const RELATION_PROPS = [
  "role",
  "amount",
  "currency",
  "item",
  "date",
  "dateText",
  "status",
  "trigger",
] as const;
/** Extractor properties with these names would overwrite what the graph model owns. */
const RESERVED_ENTITY_KEYS: ReadonlySet<string> = new Set(ENTITY_MODEL_KEYS);

const blankToNull = (v: string | undefined): string | null =>
  v === undefined || v.trim() === "" ? null : v.trim();

/**
 * Turns one extraction into the rows written by cypher/write/*.cypher. Pure: the same input always
 * gives the same rows, which is what makes re-ingesting an article a no-op.
 */
export function buildArticleRows(
  input: ArticleInput,
  result: ExtractionResult,
  opts: RowOptions,
): ArticleRows {
  const id = articleId(input.text);
  const sentences = sentencesOf(input.text, result.sentences);
  const sentenceId = (s: SentenceInfo): string => `${id}:${s.index}`;
  const entities = result.entities.map((e) => entityRow(e));
  const known = new Set(entities.map((e) => e.id));
  const requireEntity = (entityId: string, what: string): void => {
    if (!known.has(entityId)) {
      throw new InputError(
        `ingest: ${what} refers to entity "${entityId}", which the extraction did not return`,
      );
    }
  };

  const mentions: MentionRow[] = [];
  const mentionKeys = new Set<string>();
  for (const e of result.entities) {
    for (const m of e.mentions) {
      const s = sentenceAt(sentences, m.start);
      const key = `${s?.index}|${e.id}|${m.start}`;
      if (!s || mentionKeys.has(key)) continue;
      mentionKeys.add(key);
      mentions.push({
        sentenceId: sentenceId(s),
        entityId: e.id,
        start: m.start - s.start,
        end: Math.min(m.end, s.end) - s.start,
        text: m.text,
      });
    }
  }

  const relations = new Map<string, RelationRow>();
  for (const r of result.relations) {
    if (!(RELATION_TYPES as readonly string[]).includes(r.type)) {
      throw new InputError(
        `ingest: unknown relation type "${r.type}" (expected one of ${RELATION_TYPES.join(", ")})`,
      );
    }
    requireEntity(r.source, `a ${r.type} relation`);
    requireEntity(r.target, `a ${r.type} relation`);
    const flip = SYMMETRIC_RELATIONS.includes(r.type) && r.target < r.source;
    const [source, target] = flip ? [r.target, r.source] : [r.source, r.target];
    const key = `${source}|${r.type}|${target}`;
    const row = relations.get(key) ?? {
      source,
      target,
      type: r.type,
      sentenceIds: [],
      evidence: [],
      evidenceStart: [],
      evidenceEnd: [],
      amounts: null,
      currencies: null,
      confidence: 0,
      props: {},
    };
    row.confidence = Math.max(row.confidence, r.confidence);
    for (const name of RELATION_PROPS) {
      const value = r.properties[name];
      if (value === undefined || value === null || row.props[name] !== undefined) continue;
      assertStorable(value, `a ${r.type} relation's property "${name}"`);
      row.props[name] = value;
    }
    const first = row.sentenceIds.length;
    for (const ev of r.evidence) {
      const s = sentenceByIndex(sentences, ev.sentence) ?? sentenceAt(sentences, ev.start);
      if (!s || row.sentenceIds.includes(sentenceId(s))) continue;
      row.sentenceIds.push(sentenceId(s));
      row.evidence.push(s.text);
      row.evidenceStart.push(Math.max(0, ev.start - s.start));
      row.evidenceEnd.push(Math.min(s.end, ev.end) - s.start);
    }
    addAmount(row, r, first, (ev) => {
      const s = sentenceByIndex(sentences, ev.sentence) ?? sentenceAt(sentences, ev.start);
      return s ? row.sentenceIds.indexOf(sentenceId(s)) : -1;
    });
    relations.set(key, row);
  }

  const statementRows = result.statements.map((st): StatementRow => {
    requireEntity(st.speaker, "a statement's speaker");
    if (st.source) requireEntity(st.source, "a statement's source");
    if (st.platform) requireEntity(st.platform, "a statement's platform");
    const s = sentenceAt(sentences, st.start);
    return {
      id: `${id}:st:${st.start}-${st.end}`,
      text: st.text,
      start: st.start,
      end: st.end,
      verb: st.verb,
      medium: st.medium ?? null,
      sentenceId: s ? sentenceId(s) : null,
      speaker: st.speaker,
      source: st.source,
      platform: st.platform ?? null,
      about: [...new Set(st.about ?? [])].filter((a) => known.has(a)),
    };
  });

  // Two statements over the same span are one node (ids are span-based).
  const statements = [...new Map(statementRows.map((st) => [st.id, st])).values()];

  const mentionsPer = new Map<string, number>();
  for (const m of mentions) mentionsPer.set(m.entityId, (mentionsPer.get(m.entityId) ?? 0) + 1);
  for (const e of entities) e.mentions = mentionsPer.get(e.id) ?? 0;

  const relationRows = [...relations.values()].sort((a, b) => a.source.localeCompare(b.source));
  return {
    article: {
      id,
      title: blankToNull(input.title),
      url: blankToNull(input.url),
      source: blankToNull(input.source),
      publishedAt: blankToNull(input.publishedAt),
      undated: blankToNull(input.publishedAt) === null,
      lang: opts.lang ?? "ar",
      text: input.text,
      extractorVersion: opts.extractorVersion,
      entityCount: entities.length,
      relationCount: relationRows.length,
      statementCount: statements.length,
    },
    sentences: sentences.map((s) => ({
      id: sentenceId(s),
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
    })),
    // Sorted ids make concurrent transactions lock shared entities in the same order (fewer deadlocks).
    entities: entities.sort((a, b) => a.id.localeCompare(b.id)),
    mentions,
    relations: relationRows,
    statements,
  };
}

function entityRow(e: Entity): EntityRow {
  if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) {
    throw new InputError(
      `ingest: entity "${e.id}" has unknown type "${e.type}" (expected ${ENTITY_TYPES.join(", ")})`,
    );
  }
  const aliases = [...new Set(e.aliases.filter((a) => a !== e.name))];
  const keys = [e.name, ...aliases].map(normalizeForMatch);
  if (e.nameEn) keys.push(e.nameEn.toLowerCase());
  const props: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(e.properties)) {
    if (RESERVED_ENTITY_KEYS.has(key) || value === null || value === undefined) continue;
    assertStorable(value, `entity "${e.id}" property "${key}"`);
    props[key] = value;
  }
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    nameEn: e.nameEn,
    aliases,
    searchKeys: [...new Set(keys)],
    mentions: 0,
    props,
  };
}

/**
 * Neo4j stores a string, number or boolean, or a list of one of them — not a list of mixed types
 * or anything nested. Checked here, so a bad value fails its article before anything is written
 * (entity properties are applied after commit, where one bad value would fail a whole block).
 */
function assertStorable(value: unknown, what: string): void {
  const scalar = (v: unknown): string | null =>
    typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))
      ? typeof v
      : null;
  if (scalar(value) !== null) return;
  if (Array.isArray(value)) {
    const kinds = new Set(value.map(scalar));
    if (kinds.size <= 1 && !kinds.has(null)) return;
    throw new InputError(
      `ingest: ${what} is a list of mixed or unsupported types (${[...kinds].map((k) => k ?? "other").join(", ")}); a property list must hold one type`,
    );
  }
  throw new InputError(`ingest: ${what} has an unsupported property type (${typeof value})`);
}
