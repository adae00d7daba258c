/**
 * Gold annotations of the evaluation articles: the schema, and the placing of each annotated
 * mention on the text. Annotators write mentions as surface strings (one per occurrence) rather
 * than offsets, so the files stay readable and editable; locateMentions() turns them into spans
 * and reports every count that disagrees with the text, so a gold file cannot silently drift.
 */
import { z } from "zod";
import { ENTITY_TYPES, RELATION_TYPES, type Span } from "../../ingest/model.js";
import { isArabicLetter, isArabicMark } from "../../ingest/text/normalize.js";

const goldEntity = z.object({
  name: z.string().min(1),
  nameEn: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  /** Empty only for an optional entity named nowhere but inside another name (إيران in الخارجية الإيرانية). */
  mentions: z.array(z.string().min(1)),
  /** Acceptable but not required: neither a miss when absent nor a false positive when found. */
  optional: z.boolean().optional(),
});

const goldRelation = z.object({
  type: z.enum(RELATION_TYPES),
  sourceEn: z.string().min(1),
  targetEn: z.string().min(1),
  properties: z.record(z.union([z.string(), z.number()])).optional(),
  optional: z.boolean().optional(),
});

const goldStatement = z.object({
  speakerEn: z.string().min(1),
  /** A short piece of the reported text, to tell two statements of one speaker apart. */
  cue: z.string().min(1).optional(),
});

export const goldArticleSchema = z.object({
  title: z.string(),
  /** Publication date (ISO), passed to extract() for relative dates. */
  date: z.string().optional(),
  entities: z.array(goldEntity),
  relations: z.array(goldRelation),
  statements: z.array(goldStatement),
});

export type GoldEntity = z.infer<typeof goldEntity>;
export type GoldRelation = z.infer<typeof goldRelation>;
export type GoldStatement = z.infer<typeof goldStatement>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;

/** Gold entity index → the spans of its mentions in the article, in text order. */
export type GoldSpans = Span[][];

// One- or two-letter proclitic clusters written onto a name (و، ف، ب، ك، ل and pairs like وب، ول).
const PROCLITICS = new Set(["و", "ف", "ب", "ك", "ل"]);

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return isArabicLetter(code) || isArabicMark(code) || code === 0x0640 || /[\p{L}\p{N}]/u.test(ch);
}

/** True when text[at, at+len) is a whole word, allowing up to two proclitic letters before it. */
function atWordEdges(text: string, at: number, len: number): boolean {
  if (isWordChar(text[at + len])) return false;
  let wordStart = at;
  while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
  const prefix = text.slice(wordStart, at);
  return prefix.length <= 2 && [...prefix].every((ch) => PROCLITICS.has(ch));
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (atWordEdges(text, at, surface.length)) out.push(at);
  }
  return out;
}

interface Listing {
  entity: number;
  /** 1-based occurrence of the surface ("الدوحة#2"), when one surface names two entities. */
  nth: number | null;
}

export function parseMention(raw: string): { surface: string; nth: number | null } {
  const m = /^(.*)#(\d+)$/u.exec(raw);
  return m?.[1] && m[2] ? { surface: m[1], nth: Number(m[2]) } : { surface: raw, nth: null };
}

/**
 * Places every annotated mention. Longer surfaces claim their text first, so "لبنان" inside a
 * gold "مصرف لبنان" is not also counted for Lebanon. A surface that names two entities (a capital
 * that is once the city and once its government) is written with its occurrence number, "الرباط#2".
 * Problems name the surface and both counts.
 */
export function locateMentions(
  text: string,
  entities: GoldEntity[],
): { spans: GoldSpans; problems: string[] } {
  const problems: string[] = [];
  const listings = new Map<string, Listing[]>();
  entities.forEach((e, entity) => {
    for (const raw of e.mentions) {
      const { surface, nth } = parseMention(raw);
      listings.set(surface, [...(listings.get(surface) ?? []), { entity, nth }]);
    }
  });
  const claimed: Span[] = [];
  const spans: GoldSpans = entities.map(() => []);
  const bySize = [...listings.entries()].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, list] of bySize) {
    const free = occurrences(text, surface).filter(
      (at) => !claimed.some((c) => at < c.end && c.start < at + surface.length),
    );
    const who = list.map((l) => entities[l.entity]?.nameEn).join(", ");
    const numbered = list.filter((l) => l.nth !== null).length;
    if (numbered !== 0 && numbered !== list.length) {
      problems.push(`"${surface}" is numbered in some listings but not others (${who})`);
      continue;
    }
    if (numbered === 0 && new Set(list.map((l) => l.entity)).size > 1) {
      problems.push(`"${surface}" is listed for ${who}: number its occurrences ("${surface}#1")`);
      continue;
    }
    if (free.length !== list.length) {
      problems.push(
        `${who}: "${surface}" is listed ${list.length} time(s) but occurs ${free.length} time(s) as a word`,
      );
    }
    free.forEach((at, i) => {
      const owner = numbered === 0 ? list[0] : list.find((l) => l.nth === i + 1);
      if (!owner) return;
      const span = { start: at, end: at + surface.length, text: surface };
      claimed.push(span);
      spans[owner.entity]?.push(span);
    });
  }
  spans.forEach((s) => s.sort((a, b) => a.start - b.start));
  return { spans, problems };
}

/** Gold relations and statements must name gold entities, and cues must occur in the text. */
export function checkReferences(text: string, gold: GoldArticle): string[] {
  const names = new Set(gold.entities.map((e) => e.nameEn));
  const problems: string[] = [];
  for (const e of gold.entities) {
    if (!e.optional && e.mentions.length === 0)
      problems.push(`${e.nameEn} has no mentions; list them or mark it optional`);
  }
  for (const r of gold.relations) {
    for (const end of [r.sourceEn, r.targetEn]) {
      if (!names.has(end)) problems.push(`relation ${r.type} names "${end}", which is not a gold entity`);
    }
  }
  for (const s of gold.statements) {
    if (!names.has(s.speakerEn)) problems.push(`statement speaker "${s.speakerEn}" is not a gold entity`);
    if (s.cue && !text.includes(s.cue)) problems.push(`statement cue "${s.cue}" does not occur in the text`);
  }
  return problems;
}
