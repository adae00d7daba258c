/**
 * Stage 4: resolution. Candidates become entities, one per real-world entity: a surname joins
 * its full name (بايدن → جو بايدن), a bare title joins the person who holds it (الرئيس الأميركي),
 * an organisation written without its nisba joins the one written with it, and surnames are
 * searched once more over the whole article so mentions before the full name are found too.
 */
import type { Lexicon } from "../lexicon/index.js";
import type { Entity, Properties } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import { personId } from "./label.js";

export interface ResolveInput {
  lex: Lexicon;
  candidates: Candidate[];
  /** Re-tokenises the article sentence by sentence (pass 2 keeps no tokens in memory). */
  eachSentence: (visit: (tokens: Token[], sentence: number) => void) => void;
  /** Maps a cleaned-text span to a mention of the original input. */
  mention: (start: number, end: number) => { start: number; end: number; text: string };
}

interface PersonRecord {
  id: string;
  keys: string[];
  name: string;
  nameEn: string;
  properties: Properties;
}

function isSuffix(short: string[], long: string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  return short.every((k, i) => k === long[off + i]);
}

/** Gives person candidates without an id the id of the fullest name they are part of. */
function resolvePersons(candidates: Candidate[]): PersonRecord[] {
  const records: PersonRecord[] = [];
  const people = candidates.filter((c) => c.type === "Person" && c.person && !c.titleRef);
  for (const c of people.filter((p) => p.id)) {
    if (!records.some((r) => r.id === c.id)) {
      const keys = c.name.split(/\s+/).map((p) => normalizeForMatch(p));
      records.push({ id: c.id as string, keys, name: c.name, nameEn: c.nameEn, properties: {} });
    }
  }
  const unknown = people
    .filter((p) => !p.id)
    .sort((a, b) => (b.person?.keys.length ?? 0) - (a.person?.keys.length ?? 0) || rank(a) - rank(b));
  for (const c of unknown) {
    const keys = c.person?.keys ?? [];
    const matches = records.filter((r) => isSuffix(keys, r.keys));
    let record = matches.length === 1 ? matches[0] : undefined;
    if (!record) {
      record = { id: personId(c.name), keys, name: c.name, nameEn: c.nameEn, properties: {} };
      records.push(record);
    }
    c.id = record.id;
    c.name = record.name;
    c.nameEn = record.nameEn;
  }
  return records;
}

function rank(c: Candidate): number {
  return c.source === "tagger" ? 1 : 0;
}

/** A bare title joins the one person in the article who holds it. */
function resolveTitleRefs(candidates: Candidate[]): void {
  const holders = candidates.filter((c) => c.type === "Person" && c.id && c.properties.role);
  for (const c of candidates) {
    if (!c.titleRef) continue;
    const { role, roleOf } = c.titleRef;
    const ids = new Set(
      holders
        .filter((h) => h.properties.role === role && (roleOf === null || h.properties.roleOf === roleOf))
        .map((h) => h.id),
    );
    const [only] = ids;
    c.id = ids.size === 1 && only ? only : null;
  }
}

/** Sorted, merged [start, end) intervals of what is already a mention. */
function coverage(candidates: Candidate[]): number[] {
  const spans = candidates.filter((c) => c.id).map((c) => [c.start, c.end] as const);
  spans.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [s, e] of spans) {
    const lastEnd = flat[flat.length - 1];
    if (lastEnd !== undefined && s <= lastEnd) flat[flat.length - 1] = Math.max(lastEnd, e);
    else flat.push(s, e);
  }
  return flat;
}

function isCovered(flat: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = flat.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = flat[mid * 2] as number;
    const e = flat[mid * 2 + 1] as number;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Pass 2: later (and earlier) mentions of a person by surname or full name. */
function findSurnames(input: ResolveInput, records: PersonRecord[], out: Candidate[]): void {
  const bySurname = new Map<string, PersonRecord | null>();
  for (const r of records) {
    const last = r.keys[r.keys.length - 1];
    if (!last || last.length < 3 || input.lex.functionWords.has(last)) continue;
    if (r.keys.length === 1 && input.lex.givenNames.has(last)) continue;
    bySurname.set(last, bySurname.has(last) ? null : r);
  }
  if (bySurname.size === 0) return;
  const flat = coverage(input.candidates);
  input.eachSentence((tokens, sentence) => {
    tokens.forEach((t, k) => {
      if (t.kind !== "word") return;
      for (const r of readingsOf(t)) {
        const record = bySurname.get(r.key);
        if (!record) continue;
        let startTok = k;
        const n = record.keys.length;
        for (let back = 1; back < n && tokens[k - back]?.norm === record.keys[n - 1 - back]; back++)
          startTok = k - back;
        const first = tokens[startTok] as Token;
        const start = startTok === k ? t.start + surfaceOffset(t.text, r.prefix) : first.start;
        if (isCovered(flat, start, t.end)) return;
        out.push({
          start,
          end: t.end,
          sentence,
          type: "Person",
          id: record.id,
          name: record.name,
          nameEn: record.nameEn,
          properties: {},
          source: "pattern",
        });
        return;
      }
    });
  });
}

/** Organisations written without their nisba join the one written with it (مجلس الوزراء). */
function mergeShortOrgs(candidates: Candidate[]): void {
  const orgs = candidates.filter((c) => c.type === "Organization" && c.source === "pattern" && c.id);
  for (const c of orgs) {
    if (c.properties.country) continue;
    const longer = new Set(
      orgs.filter((o) => o.properties.country && o.name.startsWith(c.name + " ")).map((o) => o.id),
    );
    const [only] = longer;
    if (longer.size === 1 && only) {
      const target = orgs.find((o) => o.id === only) as Candidate;
      c.id = target.id;
      c.nameEn = target.nameEn;
    }
  }
}

/**
 * "الرئيس السابق جورج دبليو بوش" in an article about the American president: a role written
 * without its country takes the country of the one other holder of that role in the article.
 */
function inferRoleOf(entities: Entity[]): void {
  const holders = entities.filter((e) => e.type === "Person" && typeof e.properties.roleOf === "string");
  for (const e of entities) {
    if (e.type !== "Person" || !e.properties.role || e.properties.roleOf) continue;
    const of = new Set(
      holders.filter((h) => h.properties.role === e.properties.role).map((h) => h.properties.roleOf),
    );
    const [only] = of;
    if (of.size === 1 && typeof only === "string") {
      e.properties.roleOf = only;
      e.properties.roleOfInferred = true;
    }
  }
}

export function resolve(input: ResolveInput): Entity[] {
  const candidates = input.candidates;
  const records = resolvePersons(candidates);
  resolveTitleRefs(candidates);
  mergeShortOrgs(candidates);
  const extra: Candidate[] = [];
  findSurnames({ ...input, candidates }, records, extra);
  const byId = new Map<string, { entity: Entity; seen: Set<number>; first: number; named: boolean }>();
  for (const c of [...candidates, ...extra]) {
    if (!c.id) continue;
    let acc = byId.get(c.id);
    if (!acc) {
      const entity: Entity = {
        id: c.id,
        type: c.type,
        name: c.name,
        nameEn: c.nameEn,
        aliases: [],
        mentions: [],
        properties: {},
      };
      acc = { entity, seen: new Set(), first: c.start, named: !c.titleRef };
      byId.set(c.id, acc);
    }
    if (!acc.named && !c.titleRef) {
      Object.assign(acc.entity, { name: c.name, nameEn: c.nameEn });
      acc.named = true;
    }
    for (const [k, v] of Object.entries(c.properties))
      if (!(k in acc.entity.properties) && v !== null) acc.entity.properties[k] = v;
    const m = input.mention(c.start, c.end);
    // A number, not a "start:end" string: big articles have hundreds of thousands of mentions.
    const key = m.start * 65536 + Math.min(m.end - m.start, 65535);
    if (acc.seen.has(key)) continue;
    acc.seen.add(key);
    acc.entity.mentions.push(m);
    acc.first = Math.min(acc.first, c.start);
  }
  const entities = [...byId.values()].sort((a, b) => a.first - b.first).map((a) => a.entity);
  for (const e of entities) {
    e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    const aliases = new Set<string>();
    for (const m of e.mentions) if (m.text !== e.name && aliases.size < 20) aliases.add(m.text);
    e.aliases = [...aliases];
  }
  inferRoleOf(entities);
  return entities;
}
