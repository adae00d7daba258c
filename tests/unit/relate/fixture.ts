import type { Entity, EntityType, Properties, Relation, SentenceInfo } from "../../../ingest/model.js";
import { expect } from "vitest";
import { relate, type RelateInput } from "../../../ingest/relate/index.js";
import { extractValues } from "../../../ingest/values/index.js";

/** A hand-made entity: every occurrence of one of its written forms becomes a mention. */
export interface FixtureEntity {
  id: string;
  type: EntityType;
  forms: string[];
  properties?: Properties;
}

const LETTER = /[\p{L}\p{M}]/u;
/** Proclitics the entity stage leaves outside a mention (والعراق → العراق). */
const CLITICS = /^[وفبلك]{0,2}$/;

function wordStart(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && LETTER.test(text[k - 1] ?? "")) k--;
  return CLITICS.test(text.slice(k, at));
}

/** Sentences split at . ! ? ؟ and line breaks, with offsets (the real segmenter is tested elsewhere). */
export function splitSentences(text: string): SentenceInfo[] {
  const out: SentenceInfo[] = [];
  const re = /[^.!?؟\n]+[.!?؟]?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === "") continue;
    const start = m.index + lead;
    out.push({ index: out.length, start, end: start + body.length, text: body });
  }
  return out;
}

/** Builds the relate() input for `text`: mentions found by searching the forms, longest first. */
export function article(text: string, entities: FixtureEntity[]): RelateInput {
  const taken: [number, number][] = [];
  const forms = entities
    .flatMap((e) => e.forms.map((f) => ({ e, f })))
    .sort((a, b) => b.f.length - a.f.length);
  const mentions = new Map<string, Entity["mentions"]>();
  for (const { e, f } of forms) {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const end = at + f.length;
      if (!wordStart(text, at) || LETTER.test(text[end] ?? "")) continue;
      if (taken.some(([s, t]) => at < t && end > s)) continue;
      taken.push([at, end]);
      const list = mentions.get(e.id) ?? [];
      list.push({ start: at, end, text: f });
      mentions.set(e.id, list);
    }
  }
  return {
    text,
    sentences: splitSentences(text),
    values: extractValues(text),
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.forms[0] ?? e.id,
      nameEn: e.id,
      aliases: e.forms.slice(1),
      mentions: (mentions.get(e.id) ?? []).sort((a, b) => a.start - b.start),
      properties: e.properties ?? {},
    })),
  };
}

/** "source TYPE target" lines, for readable assertions. */
export const triples = (rs: Relation[]): string[] => rs.map((r) => `${r.source} ${r.type} ${r.target}`);

/** A shared cast of entities, with the nisba forms the entity stage links to each country. */
/** Entities of a test's cast by type, each found by any of its forms. */
export const person = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Person", forms });
export const org = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Organization", forms });
export const city = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "City", forms });
export const place = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Location", forms });
export const country = (id: string, ...forms: string[]): FixtureEntity => ({ id, type: "Country", forms });

export const CAST: Record<string, FixtureEntity> = {
  us: {
    id: "us",
    type: "Country",
    forms: ["الولايات المتحدة", "واشنطن", "الأميركي", "الأميركية", "الأميركيين"],
  },
  fr: { id: "fr", type: "Country", forms: ["فرنسا", "باريس", "الفرنسي", "الفرنسية"] },
  ru: { id: "ru", type: "Country", forms: ["روسيا", "موسكو", "الروسي", "الروسية"] },
  ir: { id: "ir", type: "Country", forms: ["إيران", "طهران", "الإيراني", "الإيرانية"] },
  eg: { id: "eg", type: "Country", forms: ["مصر", "القاهرة", "المصري", "المصرية"] },
  jo: { id: "jo", type: "Country", forms: ["الأردن", "عمان", "الأردني", "الأردنية"] },
  jp: { id: "jp", type: "Country", forms: ["اليابان", "طوكيو", "الياباني", "اليابانية"] },
  ye: { id: "ye", type: "Country", forms: ["اليمن", "اليمني", "اليمنية"] },
  lb: { id: "lb", type: "Country", forms: ["لبنان", "بيروت", "اللبناني", "اللبنانية"] },
  ml: { id: "ml", type: "Country", forms: ["مالي"] },
  sy: { id: "sy", type: "Country", forms: ["سوريا", "دمشق", "السوري", "السورية"] },
  ua: { id: "ua", type: "Country", forms: ["أوكرانيا", "الأوكراني", "الأوكرانية"] },
  sa: { id: "sa", type: "Country", forms: ["السعودية", "الرياض", "السعودي"] },
  il: { id: "il", type: "Country", forms: ["إسرائيل", "الإسرائيلي", "الإسرائيلية"] },
  ma: { id: "ma", type: "Country", forms: ["المغرب", "المغربي", "المغربية"] },
  es: { id: "es", type: "Country", forms: ["إسبانيا", "مدريد", "الإسباني", "الإسبانية"] },
  af: { id: "af", type: "Country", forms: ["أفغانستان"] },
  doha: { id: "doha", type: "City", forms: ["الدوحة"] },
  gaza: { id: "gaza", type: "City", forms: ["غزة"] },
  un: { id: "un", type: "Organization", forms: ["الأمم المتحدة"] },
  reuters: { id: "reuters", type: "Organization", forms: ["رويترز"], properties: { kind: "media" } },
  nyt: { id: "nyt", type: "Organization", forms: ["نيويورك تايمز"], properties: { kind: "media" } },
  twitter: { id: "twitter", type: "Organization", forms: ["تويتر"], properties: { kind: "platform" } },
  isis: { id: "isis", type: "Organization", forms: ["داعش"], properties: { kind: "armed-group" } },
  coalition: { id: "coalition", type: "Organization", forms: ["التحالف الدولي"] },
};

/** A member of CAST by id; an id CAST lacks is a mistake in the test. */
export function cast(id: string): FixtureEntity {
  const e = CAST[id];
  if (!e) throw new Error(`no entity "${id}" in CAST`);
  return e;
}

/** One row of a table of relation cases: what must and must not come out of `text`. */
export interface RelationCase {
  family: string;
  text: string;
  cast: FixtureEntity[];
  present: string[];
  absent?: string[];
}

/** Runs relate() on a case: the expected triples, no self-relation, evidence offsets exact. */
export function checkRelationCase({ text, cast, present, absent }: RelationCase): void {
  const { relations } = relate(article(text, cast));
  const got = triples(relations);
  for (const p of present) expect(got).toContain(p);
  for (const a of absent ?? []) expect(got).not.toContain(a);
  for (const r of relations) {
    expect(r.source).not.toBe(r.target);
    for (const ev of r.evidence) expect(ev.text).toBe(text.slice(ev.start, ev.end));
  }
}

/** One row of a table of speaker cases: the statements of `text`, in order. */
export interface SpeakerCase {
  family: string;
  text: string;
  cast: FixtureEntity[];
  /** [speaker, a word of the statement] in order. */
  expected: [string, string][];
}

/** Runs relate() on a case: the speakers in order, each statement holding its words, offsets exact. */
export function checkSpeakerCase({ text, cast, expected }: SpeakerCase): void {
  const { statements } = relate(article(text, cast));
  expect(statements.map((s) => s.speaker)).toEqual(expected.map(([speaker]) => speaker));
  expected.forEach(([, words], i) => expect(statements[i]?.text).toContain(words));
  for (const s of statements) expect(text.slice(s.start, s.end)).toBe(s.text);
}
