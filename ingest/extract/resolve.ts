/**
 * Stage 4: resolution. Candidates become entities, one per real-world entity: a surname joins
 * its full name (بايدن → جو بايدن), a bare title joins the person who holds it (الرئيس الأميركي),
 * an organisation written without its nisba joins the one written with it, and surnames are
 * searched once more over the whole article so mentions before the full name are found too.
 */
import type { Lexicon } from "../lexicon/index.js";
import { phraseKeys } from "../lexicon/load.js";
import type { Entity, Mention, Properties } from "../model.js";
import type { Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import { findHeadlessOrgs, mergeHeadlessOrgs, widenClubHeads } from "./headless.js";
import { mergeClubCities, mergeClubSuffixes } from "./teams.js";
import {
  findSurnames,
  resolvePersons,
  resolveTitleRefs,
  sameBarParticles,
  type PersonRecord,
} from "./persons.js";
import { normalizeForMatch } from "../text/normalize.js";
import { mediaHead } from "./orgs.js";
import { findRegionNames, mergeRegionTowns } from "./regions.js";
import { addSpan, type CandidateStore, type SpanGroup } from "./store.js";

export interface ResolveInput {
  lex: Lexicon;
  store: CandidateStore;
  /** Re-tokenises the article sentence by sentence (pass 2 keeps no tokens in memory). */
  eachSentence: (visit: (tokens: Token[], sentence: number) => void) => void;
  /** Maps a cleaned-text span to a mention of the original input. */
  mention: (start: number, end: number) => { start: number; end: number; text: string };
}

/**
 * Organisations written without their nisba join the one written with it (مجلس الوزراء); one
 * written without its purpose joins the one written with it, of the same country (الاتحاد
 * الجزائري → الاتحاد الجزائري لكرة القدم).
 */
function mergeShortOrgs(store: CandidateStore): void {
  const orgs = [...store.groups.values()].filter(
    (g) => g.proto.type === "Organization" && g.proto.source === "pattern",
  );
  for (const g of orgs) {
    const country = g.properties.country;
    // مجلس النواب alone is the one national parliament named with its nisba in the article.
    const longer = orgs.filter(
      (o) =>
        o.properties.country &&
        (country === undefined || o.properties.country === country) &&
        (o.proto.name.startsWith(g.proto.name + " ") ||
          (country === undefined && g.proto.legislature && o.proto.legislature)),
    );
    const [only] = longer;
    if (longer.length === 1 && only?.proto.id && g.proto.id) store.merge(g.proto.id, only.proto.id);
    else if (longer.length === 0) mergeAbridged(store, orgs, g);
  }
}

/**
 * قوات التحالف، طائرات التحالف: the bare coalition is the one coalition the article names (التحالف
 * العربي، التحالف الدولي); with none or several named it stays the generic "Coalition forces".
 */
function mergeCoalitionForces(store: CandidateStore): void {
  const bare = "org:coalition-forces";
  if (!store.groups.has(bare)) return;
  const named = [...store.groups.entries()].filter(
    ([id, g]) => id !== bare && g.proto.type === "Organization" && g.properties.kind === "military-alliance",
  );
  const [only] = named;
  if (named.length === 1 && only) store.merge(bare, only[0]);
}

/**
 * تعليم جازان beside الإدارة العامة للتعليم بجازان: a body of a place (org-heads.json `ofPlace`)
 * and a longer name ending in that head as its purpose and the same place as its seat are one
 * body, under the longer name.
 */
function mergePlaceBodies(store: CandidateStore, lex: Lexicon): void {
  const key = (head: string, place: string): string =>
    `${head} ${normalizeForMatch(place).replace(/^(منطقه|محافظه) /, "")}`;
  const short = new Map<string, string>();
  const long: [string, string][] = [];
  for (const [id, g] of store.groups) {
    if (g.proto.type !== "Organization" || g.proto.source !== "pattern") continue;
    const words = g.proto.name.split(" ");
    const head = phraseKeys(words[0] ?? "").join(" ");
    if (words.length > 1 && lex.placeBodyHeads.has(head)) short.set(key(head, words.slice(1).join(" ")), id);
    const m = /\sلل(\S+) ب(\S.*)$/.exec(normalizeForMatch(g.proto.name));
    if (m && lex.placeBodyHeads.has(m[1] ?? "")) long.push([key(m[1] ?? "", m[2] ?? ""), id]);
  }
  for (const [k, id] of long) {
    const from = short.get(k);
    if (from && from !== id) store.merge(from, id);
  }
}

/**
 * صحيفة «الرياض» … صحيفة الرياض: an outlet named bare (kind media, media.ts) and the same name
 * after an outlet's noun (صحيفة، جريدة، قناة) are one organisation.
 */
function mergeOutlets(store: CandidateStore): void {
  const bare = new Map<string, string>();
  const headed: [string, string][] = [];
  for (const [id, g] of store.groups) {
    if (g.proto.type !== "Organization" || g.proto.source !== "pattern") continue;
    const name = normalizeForMatch(g.proto.name);
    if (g.properties.kind === "media") bare.set(name, id);
    const [head, ...rest] = name.split(" ");
    if (rest.length > 0 && mediaHead(phraseKeys(head ?? "").join(" "))) headed.push([rest.join(" "), id]);
  }
  for (const [name, id] of headed) {
    const from = bare.get(name);
    if (from && from !== id) store.merge(from, id);
  }
}

/**
 * لجنة التنمية after لجنة التنمية الاجتماعية الأهلية، جمارك دبي beside جمارك دبي العالمية: a
 * name of two words or more that begins exactly one longer organisation name of the article is
 * that organisation written short.
 */
function mergeAbridged(store: CandidateStore, orgs: SpanGroup[], g: SpanGroup): void {
  const name = g.proto.name;
  if (!name.includes(" ") || !g.proto.id || !store.groups.has(g.proto.id)) return;
  const longer = orgs.filter(
    (o) => o.proto.name.startsWith(name + " ") && store.groups.has(o.proto.id ?? ""),
  );
  const [only] = longer;
  if (longer.length === 1 && only?.proto.id) store.merge(g.proto.id, only.proto.id);
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

interface Acc {
  entity: Entity;
  /** Cleaned-text spans of its mentions, flat; duplicates are dropped when they are mapped. */
  spans: number[];
  first: number;
  named: boolean;
  /** Starts of the spans that are a bare title (الرئيس), not a name: never joined to one. */
  titles?: Set<number>;
}

function addSpans(acc: Acc, spans: number[]): void {
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    acc.spans.push(start, spans[i + 1] as number);
    acc.first = Math.min(acc.first, start);
  }
}

/**
 * خافيير | ماسكيرانو: a person's given name and surname read as two mentions side by side (the
 * tagger began the name twice) are one mention. Spans sorted and joined over one space.
 */
function joinAdjacent(input: ResolveInput, spans: number[], titles: Set<number> | undefined): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i] as number, spans[i + 1] as number]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: number[] = [];
  for (const [start, end] of pairs) {
    const n = out.length;
    const lastEnd = out[n - 1];
    const named = !titles?.has(start) && !titles?.has(out[n - 2] as number);
    if (
      named &&
      lastEnd !== undefined &&
      start === lastEnd + 1 &&
      /^\s$/.test(input.mention(lastEnd, start).text)
    ) {
      out[n - 1] = end;
      continue;
    }
    out.push(start, end);
  }
  return out;
}

/**
 * Mentions of the original input, sorted, one per span. Equal mention texts share one string:
 * a name said ten thousand times is stored once.
 */
function mentionsOf(input: ResolveInput, spans: number[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < spans.length; i += 2)
    out.push(input.mention(spans[i] as number, spans[i + 1] as number));
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const texts = new Map<string, string>();
  const kept: Mention[] = [];
  for (const m of out) {
    const last = kept[kept.length - 1];
    if (last && last.start === m.start && last.end === m.end) continue;
    // خافيير and خافيير ماسكيرانو of one person at one offset: the longer is the mention.
    if (last && last.start === m.start) kept.pop();
    const shared = texts.get(m.text);
    if (shared === undefined) texts.set(m.text, m.text);
    else m.text = shared;
    kept.push(m);
  }
  return kept;
}

function newAcc(c: Candidate, id: string, properties: Properties): Acc {
  const entity: Entity = {
    id,
    type: c.type,
    name: c.name,
    nameEn: c.nameEn,
    aliases: [],
    mentions: [],
    properties,
  };
  return { entity, spans: [], first: c.start, named: !c.titleRef };
}

/**
 * بيسكوف tagged as a place by the tagger after «دميتري بيسكوف» was named: a one-word tagger span
 * that is the surname of exactly one named person of the article is that person.
 */
function retypeSurnames(store: CandidateStore, records: PersonRecord[], out: Map<string, SpanGroup>): void {
  const bySurname = new Map<string, PersonRecord | null>();
  for (const r of records) {
    const last = r.words[r.words.length - 1];
    if (!r.confirmed || r.words.length < 2 || !last) continue;
    const held = bySurname.get(last);
    bySurname.set(
      last,
      held === undefined || (held !== null && sameBarParticles(held, r)) ? (held ?? r) : null,
    );
  }
  for (const [id, g] of store.groups) {
    if (g.proto.source !== "tagger" || g.proto.name.includes(" ")) continue;
    const record = bySurname.get(normalizeForMatch(g.proto.name));
    if (!record) continue;
    for (let i = 0; i < g.spans.length; i += 2) {
      const { name, nameEn } = record;
      addSpan(out, record.id, g.spans[i] as number, g.spans[i + 1] as number, () => ({
        start: g.spans[i] as number,
        end: g.spans[i + 1] as number,
        sentence: g.proto.sentence,
        type: "Person",
        id: record.id,
        name,
        nameEn,
        properties: {},
        source: "pattern",
      }));
    }
    store.groups.delete(id);
  }
}

const MAX_ALIASES = 12;

/**
 * Search aliases: the gazetteer's spelling variants first (أمريكا finds an article that wrote
 * أميركا), then the forms the article used; short, and never the canonical name itself.
 */
function aliasesOf(lex: Lexicon, e: Entity): string[] {
  const aliases = new Set<string>();
  const add = (text: string): void => {
    if (text !== e.name && aliases.size < MAX_ALIASES) aliases.add(text);
  };
  for (const v of lex.variants.get(e.id)?.slice(0, MAX_ALIASES - 4) ?? []) add(v);
  for (const m of e.mentions) add(m.text);
  return [...aliases];
}

export function resolve(input: ResolveInput): Entity[] {
  const people = input.store.people;
  const records = resolvePersons(input.lex, people);
  resolveTitleRefs(people);
  mergeShortOrgs(input.store);
  mergeOutlets(input.store);
  mergeCoalitionForces(input.store);
  mergePlaceBodies(input.store, input.lex);
  mergeClubCities(input);
  mergeClubSuffixes(input.store);
  mergeHeadlessOrgs(input.store, input.lex);
  widenClubHeads(input);
  const regions = mergeRegionTowns(input);
  const extra = new Map<string, SpanGroup>();
  retypeSurnames(input.store, records, extra);
  findSurnames(input, records, extra);
  findHeadlessOrgs(input, extra);
  findRegionNames(input, regions, extra);
  const byId = new Map<string, Acc>();
  for (const [id, g] of input.store.groups) {
    const acc = newAcc(g.proto, id, { ...g.properties });
    byId.set(id, acc);
    addSpans(acc, g.spans);
  }
  for (const g of [...people, ...extra.values()]) {
    const c = g.proto;
    if (!c.id) continue;
    let acc = byId.get(c.id);
    if (!acc) {
      acc = newAcc(c, c.id, {});
      byId.set(c.id, acc);
    }
    if (!acc.named && !c.titleRef) {
      Object.assign(acc.entity, { name: c.name, nameEn: c.nameEn });
      acc.named = true;
    }
    for (const [k, v] of Object.entries(c.properties))
      if (!(k in acc.entity.properties) && v !== null) acc.entity.properties[k] = v;
    addSpans(acc, g.spans);
    if (c.titleRef) {
      acc.titles ??= new Set();
      for (let i = 0; i < g.spans.length; i += 2) acc.titles.add(g.spans[i] as number);
    }
  }
  const entities = [...byId.values()].sort((a, b) => a.first - b.first).map((a) => a.entity);
  for (const acc of byId.values()) {
    acc.entity.mentions = mentionsOf(
      input,
      acc.entity.type === "Person" ? joinAdjacent(input, acc.spans, acc.titles) : acc.spans,
    );
    acc.spans = [];
    acc.entity.aliases = aliasesOf(input.lex, acc.entity);
  }
  inferRoleOf(entities);
  return entities;
}
