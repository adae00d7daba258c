/**
 * Places named with a head noun (places.json `placeHeads`): منطقة X → X Region, محافظة X →
 * X Governorate, حي X، مطار X، ملعب X، مسجد X. The complement is what names them (see
 * namedComplement), so the town inside (الطائف in محافظة الطائف) is no City mention of its own.
 */
import { phraseKeys, type GazEntry, type OrgHead } from "../lexicon/index.js";
import { stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, withoutArticle, type Token } from "../text/segment.js";
import { type Candidate, patternCandidate } from "./candidate.js";
import { gazCandidate } from "./candidates.js";
import { personEn, romanizeName } from "./label.js";
import {
  gazAt,
  givenName,
  isFunctionWord,
  isQuote,
  phraseAt,
  readingHit,
  taggedAs,
  verbShaped,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";
import { glossPhrase } from "./gloss.js";
import { nameAt } from "./names.js";
import { adHocName, orgAt } from "./orgs.js";
import { personCues } from "./person-cues.js";
import type { SentenceInput } from "./recognize.js";
import { titleAt } from "./titles.js";

export interface Named {
  /** Token just after the complement. */
  to: number;
  /** English for the complement (a gazetteer label, a title and name, or a romanisation). */
  en: string;
  /** The gazetteer entry the complement is, if any. */
  gaz: Hit<GazEntry> | null;
}

// A name after a head is at most this many words unless the gazetteer or a title knows it.
const MAX_WORDS = 3;

function tagged(ctx: SentenceCtx, k: number): boolean {
  const tag = ctx.tags?.[k];
  return tag !== undefined && tag !== "O" && !tag.endsWith("MISC");
}

/** Words the tagger continues (I-…) after token k, bounded. */
function continued(ctx: SentenceCtx, k: number): number {
  let to = k + 1;
  for (; to < k + MAX_WORDS && ctx.tags?.[to]?.startsWith("I-"); to++) {
    const t = ctx.tokens[to];
    // نادي X سامي Y: the tagger runs a club into its chairman's name.
    if (t?.kind !== "word" || givenName(ctx, t) !== undefined) break;
    // حي X بجدة: a place behind a preposition is where the named place lies, not its name.
    const g = gazAt(ctx, to);
    if (g && g.reading.prefix > 0 && g.value.type !== "Person" && g.value.type !== "Organization") break;
  }
  return to;
}

/**
 * ملعب الملك X، مطار الملك X بمحافظة Y، جامعة الملك X عبدالله Y: the person a place is named after
 * is one word unless the name is a chain (بن، آل), which ends before a word with a proclitic.
 */
// Words that chain a person's name on (بن، ابن، بنت، آل), unlike عبد which starts a given name.
const CHAIN = new Set(["بن", "ابن", "بنت", "ال"]);

function namesakeEnd(ctx: SentenceCtx, from: number, to: number): number {
  const chain = ctx.tokens.slice(from + 1, to).some((t) => CHAIN.has(t.norm));
  // الملك عبد الله written apart: عبد and its object are one given name (King Abdullah).
  if (!chain) return ctx.tokens[from]?.norm === "عبد" && to > from + 1 ? from + 2 : from + 1;
  for (let k = from + 1; k < to; k++)
    if (
      /^[وبل]/.test(ctx.tokens[k]?.norm ?? "") &&
      !ctx.lex.particles.has(ctx.tokens[k]?.norm ?? "") &&
      givenName(ctx, ctx.tokens[k] as Token) === undefined
    )
      return k;
  return to;
}

/**
 * The proper name right after a head noun at token k: a title and a name (ملعب الملك X), a
 * gazetteer place or organisation, a word the tagger marks as a name, or — when `loose`, for
 * heads that are always followed by a name — one definite word (حي الروضة، نادي الهلال).
 */
export function namedComplement(
  ctx: SentenceCtx,
  k: number,
  loose: boolean,
  afterPerson: boolean,
  proper = false,
): Named | null {
  const t = ctx.tokens[k];
  if (!t || t.kind !== "word" || isFunctionWord(ctx, t)) return null;
  // حيّ مُدركٌ (a living, aware being), منطقةً واسعةً: a word written with tanween is an indefinite
  // noun or adjective; no place's name is written with it.
  if (/[\u064B-\u064D]/.test(t.text)) return null;
  // ولاية الرئيس X (a term of office), محافظها X (its governor): a person after a head that is
  // not named after people is the head's holder, not the place's name.
  if (!afterPerson && (givenName(ctx, t) !== undefined || taggedAs(ctx, k, "PERS"))) return null;
  const title = afterPerson ? titleAt(ctx, k) : null;
  if (title?.name && title.title.reading.prefix === 0 && !title.of) {
    const to = title.name.known ? title.name.to : namesakeEnd(ctx, title.name.from, title.name.to);
    const parts = ctx.tokens.slice(title.name.from, to).map((x) => x.text);
    const who = title.name.known ? title.name.known.value.en : personEn(ctx.lex, parts);
    return { to, en: `${title.title.value.en} ${who}`, gaz: null };
  }
  // جامعة الإمام X بن Y: a title of a given name the titles lexicon lacks, and a name.
  const honour = afterPerson && !title ? honorificNamesake(ctx, k) : null;
  if (honour) return honour;
  const g = gazAt(ctx, k) ?? bulkPlace(ctx, k);
  if (g && g.reading.prefix === 0 && g.value.source !== "nisba" && g.value.type !== "Person")
    return { to: g.to, en: g.value.en, gaz: g };
  // ملعب إبريل كول: a name the tagger runs on is as long as the tagger says (below).
  if (proper && properWord(ctx, t) && !tagged(ctx, k))
    return { to: k + 1, en: joinedPlace(ctx, t.norm) ?? romanizeName(t.text), gaz: null };
  if (verbShaped(t.norm) && !tagged(ctx, k)) return null;
  const definite = t.norm.startsWith("ال");
  if (!tagged(ctx, k) && !(loose && definite)) return null;
  const to = continued(ctx, k);
  const text = ctx.tokens
    .slice(k, to)
    .map((x) => x.text)
    .join(" ");
  return { to, en: romanizeName(text), gaz: null };
}

/**
 * جامعة الإمام محمد بن X، مسجد الإمام X: a title that is always followed by a given name
 * (person-cues.json `givenNameTitles`) but holds no office (no titles.json entry), then a name:
 * the namesake is part of the place's or institution's name, not a person of the article.
 */
function honorificNamesake(ctx: SentenceCtx, k: number): Named | null {
  const t = ctx.tokens[k] as Token;
  if (!readingsOf(t).some((r) => r.prefix === 0 && personCues().givenNameTitles.has(r.key))) return null;
  const name = nameAt(ctx, k + 1);
  if (!name) return null;
  const to = name.known ? name.to : namesakeEnd(ctx, name.from, name.to);
  const parts = ctx.tokens.slice(name.from, to).map((x) => x.text);
  const who = name.known ? name.known.value.en : personEn(ctx.lex, parts);
  return { to, en: `${romanizeName(withoutArticle(t.text) ?? t.text)} ${who}`, gaz: null };
}

/**
 * حفرالباطن، رأستنورة: a town of two words, the second with the article, written as one word, as
 * news sometimes does: the gazetteers' English for the two words (Hafar Al-Batin), or undefined.
 */
function joinedPlace(ctx: SentenceCtx, norm: string): string | undefined {
  for (let at = norm.indexOf("ال", 2); at > 1; at = norm.indexOf("ال", at + 1)) {
    const second = norm.slice(at);
    if (second.length < 4) continue;
    for (const trie of [ctx.lex.gazetteer, ctx.lex.places]) {
      const m = trie.longest(norm.slice(0, at), (o) => (o === 1 ? second : undefined));
      if (m?.length === 2 && (m.value.type === "City" || m.value.type === "Location")) return m.value.en;
    }
  }
  return undefined;
}

/**
 * محافظة أملج، محافظة صامطة: after a head that is only ever followed by a proper name, an
 * indefinite word the lexicon does not know (no particle, common noun, head, direction or
 * adjective — محافظة ساحلية، محافظة كبيرة) is that name, whatever its shape (تبوك looks like a verb).
 */
export function properWord(ctx: SentenceCtx, t: Token): boolean {
  const { lex } = ctx;
  if (t.norm.startsWith("ال") || t.norm.length < 2 || !/^[\u0621-\u064a]+$/.test(t.norm)) return false;
  // بالفيضانات، وللمدارس: a proclitic and the article open a common noun phrase, not a name.
  if (/^([وف]?[بلك]ال|[وف]ال|[وف]?لل)...../.test(t.norm)) return false;
  // ساحلية، كبيرة: a relative adjective or one of the pattern فعيلة (a town of that shape the
  // gazetteer knows was matched before: بريدة).
  if ((/(يه|ي)$/.test(t.norm) && t.norm.length > 3) || /^..ي.ه$/.test(t.norm)) return false;
  // زرتها، مرتين: a pronoun suffix or a dual ending belongs to a verb or a count, not a name.
  if (t.norm.length > 4 && /(ها|هم|ين)$/.test(t.norm)) return false;
  if (lex.placeNouns.has(t.norm) || lex.placeHeads.has(t.norm) || lex.orgHeads.has(t.norm)) return false;
  // وفي، لكل، كمدينة: a particle or a known noun behind a proclitic.
  const clitic = /^[وفبلك]/.test(t.norm) ? t.norm.slice(1) : null;
  if (isFunctionWord(ctx, t) || (clitic && (lex.functionWords.has(clitic) || lex.placeNouns.has(clitic))))
    return false;
  return glossPhrase(lex, t.text) === null && !lex.titles.has(t.norm);
}

/** A town from the bulk gazetteer right after a head, which is cue enough (أمانة X، مطار X). */
export function bulkPlace(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  const hit = phraseAt(ctx, k, (f, next) => ctx.lex.places.longest(f, next));
  return hit && hit.reading.prefix === 0 ? hit : null;
}

/** Heads of places and institutions named after a person (ملعب الملك X، جامعة الأمير X). */
export function namedAfterPeople(head: OrgHead): boolean {
  return personCues().namedAfter.has(phraseKeys(head.ar).join(" "));
}

/** محافظه (its governor) is محافظة after matching normalisation; the written ه tells them apart. */
export function possessive(ctx: SentenceCtx, i: number, head: OrgHead): boolean {
  const t = ctx.tokens[i] as Token;
  return head.ar.endsWith("ة") && t.text.endsWith("ه");
}

export interface LandmarkHit {
  from: number;
  to: number;
  start: number;
  end: number;
  head: OrgHead;
  named: Named;
}

/**
 * بحي X، وحي X: a two-letter head with its proclitic, which word readings do not strip (a stem
 * of two letters would read بان Ban as ب + أن).
 */
function shortHeadAt(ctx: SentenceCtx, i: number): Hit<OrgHead> | null {
  const t = ctx.tokens[i];
  const m = t?.kind === "word" ? /^([وف]?[بل]?)(..)$/.exec(t.norm) : null;
  const value = m?.[1] ? ctx.lex.placeHeads.get(m[2] as string) : undefined;
  if (!t || !m || !value) return null;
  const prefix = (m[1] as string).length;
  const reading = { key: m[2] as string, prefix, restoredArticle: false };
  return { value, from: i, to: i + 1, start: t.start + surfaceOffset(t.text, prefix), end: t.end, reading };
}

// Heads of a way between places (طريق), not of a place named for a town.
const ROUTE_HEADS = new Set(["طريق"]);

// عن طريق X (by way of X): the idiom, not a road.
const IDIOMS = new Set(["عن طريق"]);

function idiomHead(ctx: SentenceCtx, head: Hit<OrgHead>): boolean {
  const prev = ctx.tokens[head.from - 1];
  return head.reading.prefix === 0 && prev?.kind === "word" && IDIOMS.has(`${prev.norm} ${head.reading.key}`);
}

// Heads of buildings named after the body they belong to (مسجد قوات الطوارئ الخاصة). Not a
// stadium: ملعب نادي X is as often the club's ground as the club's name in a match report.
const BODY_HEADS = new Set(["مسجد", "جامع"]);

/** مسجد قوات الطوارئ الخاصة: a mosque named after a body the organisation patterns read after it. */
function bodyComplement(ctx: SentenceCtx, head: Hit<OrgHead>): Named | null {
  if (!BODY_HEADS.has(phraseKeys(head.value.ar).join(" "))) return null;
  const org = orgAt(ctx, head.to);
  const to = org && org.from === head.to ? org.to : forcesEnd(ctx, head.to);
  if (to === null || ctx.tokens[head.to]?.norm.match(/^[وفبل]/)) return null;
  const text = ctx.tokens
    .slice(head.to, to)
    .map((x) => x.text)
    .join(" ");
  return { to, en: glossPhrase(ctx.lex, text) ?? romanizeName(text), gaz: null };
}

// Words for a force (قوات، قوة) that name a unit by the field glossed after them.
const FORCE_WORDS = new Set(["قوات", "قوه"]);

/**
 * مسجد قوات الطوارئ، جامع قوة الأمن: after a mosque's head, a force and a definite word the lexicon
 * glosses (perhaps an adjective after it) is the unit the mosque belongs to, though alone the
 * words name no body (قوات الطوارئ could be any emergency forces). The end of the unit, or null.
 */
function forcesEnd(ctx: SentenceCtx, k: number): number | null {
  const force = ctx.tokens[k];
  const field = ctx.tokens[k + 1];
  if (force?.kind !== "word" || !FORCE_WORDS.has(force.norm) || field?.kind !== "word") return null;
  if (!field.norm.startsWith("ال") || !ctx.lex.complements.longest(field.norm, () => undefined)) return null;
  const adj = ctx.tokens[k + 2];
  return adj?.kind === "word" && ctx.lex.adjectives.has(adj.norm) ? k + 3 : k + 2;
}

export function landmarkAt(ctx: SentenceCtx, i: number): LandmarkHit | null {
  const head =
    phraseAt(ctx, i, (first) => {
      const h = ctx.lex.placeHeads.get(first);
      return h ? { value: h, length: 1 } : null;
    }) ?? shortHeadAt(ctx, i);
  if (!head || possessive(ctx, i, head.value) || idiomHead(ctx, head)) return null;
  const named =
    namedComplement(
      ctx,
      head.to,
      !head.value.strict,
      namedAfterPeople(head.value),
      head.value.named === true,
    ) ??
    bodyComplement(ctx, head) ??
    kindComplement(ctx, head);
  // A country after a head is its government or the country itself (ملعب قطر is rare; منطقة
  // الخليج is in the gazetteer): only places, people and bodies name a landmark.
  if (!named || named.gaz?.value.type === "Country") return null;
  // مسجد قوات الطوارئ الخاصة: a building named after a body is a place; a region is never one.
  if (named.gaz?.value.type === "Organization" && (head.value.region || head.value.strict)) return null;
  // طريق الطائف، طريق مكة: a road named for the town it leads to is news's way to say where; the
  // town is the place (a road named after a person, طريق الملك X, is a landmark).
  if (named.gaz?.value.type === "City" && ROUTE_HEADS.has(phraseKeys(head.value.ar).join(" "))) return null;
  const to = facilityAdjectivesEnd(ctx, named.to);
  // ملعب التدريب، ملعب المباراة: the pitch of the sentence's training or match, no named ground.
  const word = ctx.tokens[head.to];
  if (!named.gaz && to === head.to + 1 && word && adHocName(head.reading.key, word.text)) return null;
  const last = ctx.tokens[to - 1] as Token;
  return { from: i, to, start: head.start, end: last.end, head: head.value, named: { ...named, to } };
}

// Adjectives that say what kind of facility a strict head is (قاعدة X الجوية an air base, منفذ X
// الحدودي a border crossing, ميناء X البحري a seaport): after them the definite word is a name.
const KIND_ADJECTIVES = new Set(
  ["الجوية", "البحرية", "العسكرية", "الحدودي", "البري", "البحري", "الجوي"].map((w) =>
    phraseKeys(w).join(" "),
  ),
);

/**
 * قاعدة العند الجوية، منفذ الحديثة الحدودي: a strict head (also an ordinary noun: قاعدة rule,
 * منفذ outlet) with one definite word the lexicon does not gloss and an adjective of the
 * facility's kind after it names the facility, as a known place after the head would.
 */
function kindComplement(ctx: SentenceCtx, head: Hit<OrgHead>): Named | null {
  const t = ctx.tokens[head.to];
  const kind = ctx.tokens[head.to + 1];
  if (!head.value.strict || t?.kind !== "word" || kind?.kind !== "word") return null;
  if (!KIND_ADJECTIVES.has(kind.norm) || !t.norm.startsWith("ال") || t.norm.length < 4) return null;
  if (isFunctionWord(ctx, t) || gazAt(ctx, head.to) || glossPhrase(ctx.lex, t.text) !== null) return null;
  if (
    ctx.lex.adjectives.has(t.norm) ||
    ctx.lex.placeNouns.has(t.norm) ||
    ctx.lex.orgHeads.has(t.norm.slice(2))
  )
    return null;
  return { to: head.to + 1, en: romanizeName(t.text), gaz: null };
}

// Adjectives that end a facility's name (مطار الملك خالد الدولي، مطار حائل الإقليمي، ملعب X
// الأولمبي، قاعدة الملك X الجوية): part of the name, not a description of the sentence's noun.
const FACILITY_ADJECTIVES = new Set(
  [
    "الدولي",
    "الدولية",
    "الإقليمي",
    "الإقليمية",
    "المركزي",
    "المركزية",
    "الأولمبي",
    "الأولمبية",
    "الجوية",
    "البحرية",
  ].map((w) => phraseKeys(w).join(" ")),
);

/** The token after the facility adjectives from token k on (at most two: الدولي الجديد is not one). */
function facilityAdjectivesEnd(ctx: SentenceCtx, k: number): number {
  let to = k;
  while (to < k + 2 && FACILITY_ADJECTIVES.has(ctx.tokens[to]?.norm ?? "")) to++;
  return to;
}

/**
 * English of a landmark: the head's pattern around the name, but a name that already ends with the
 * head's word is not given it twice (منطقة الجوف, the gazetteer's "Al-Jouf Region": not "Al-Jouf
 * Region Region"; منطقة الأنبار → Anbar Region).
 */
export function landmarkEn(hit: Pick<LandmarkHit, "head" | "named">): string {
  const after = /^\{X\}( .+)$/.exec(hit.head.en)?.[1];
  if (after && hit.named.en.endsWith(after)) return hit.named.en;
  return hit.head.en.replace("{X}", hit.named.en);
}

/** منطقة عسير is the region عسير; منطقة الباحة (a city) is the region named after it. */
export function landmarkCandidate(s: SentenceInput, hit: LandmarkHit): Candidate {
  const g = hit.named.gaz;
  if (g && hit.head.region && g.value.type === "Location") {
    const c = gazCandidate(s, g, false);
    c.start = hit.start;
    c.end = hit.end;
    return c;
  }
  const name = stripMarks(s.text.slice(hit.start, hit.end));
  return patternCandidate(s.sentence, hit, "Location", name, landmarkEn(hit));
}

/** A list of places under one plural head: each name with the head it stands for. */
export interface LandmarkList {
  to: number;
  head: OrgHead;
  items: { from: number; to: number; start: number; end: number; en: string }[];
}

// A list under a plural head names at least two places, and rarely more than this.
const MAX_LIST = 8;

/**
 * One name of a list at token k: a title and a name (الأمير X), one definite word the lexicon
 * knows as nothing else (الشكران), or — first in the list only — an unknown indefinite word
 * (متنزهات X). A place or word the gazetteer knows (أحياء الرياض: the districts of Riyadh) is none.
 */
function listItem(ctx: SentenceCtx, k: number, first: boolean): Named | null {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(ctx, t)) return null;
  const clitic = first ? 0 : /^و../.test(t.norm) ? 1 : 0;
  const title = titleAt(ctx, k);
  if (title?.name && !title.of && title.title.reading.prefix === clitic) {
    const { known } = title.name;
    const to = known ? title.name.to : namesakeEnd(ctx, title.name.from, title.name.to);
    const parts = ctx.tokens.slice(title.name.from, to).map((x) => x.text);
    return {
      to,
      en: `${title.title.value.en} ${known ? known.value.en : personEn(ctx.lex, parts)}`,
      gaz: null,
    };
  }
  if (gazAt(ctx, k) || bulkPlace(ctx, k) || givenName(ctx, t) !== undefined) return null;
  const key = t.norm.slice(clitic);
  const text = t.text.slice(clitic);
  const bare = withoutArticle(key);
  const { lex } = ctx;
  if (bare === null)
    return first && properWord(ctx, t) ? { to: k + 1, en: romanizeName(t.text), gaz: null } : null;
  // أحياء العزيزية: after the construct head the word is a genitive noun, not an adjective (a
  // relative adjective names districts); a plural of persons or things (الأندية، المدارس) names none.
  if (bare.length < 3 || /(ين|ون|ات)$/.test(key) || lex.adjectives.has(key)) return null;
  if (lex.placeNouns.has(bare) || lex.placeHeads.has(bare) || lex.orgHeads.has(bare)) return null;
  return glossPhrase(lex, text) === null ? { to: k + 1, en: romanizeName(text), gaz: null } : null;
}

/**
 * متنزهات X والأمير Y، وZ: a plural place head (places.json `plural`) before names joined by و
 * or commas; each name is a place of the singular head (the X park), its mention the name alone.
 */
export function landmarkListAt(ctx: SentenceCtx, i: number): LandmarkList | null {
  const head = phraseAt(ctx, i, (first) => {
    const h = ctx.lex.placeHeadPlurals.get(first);
    return h ? { value: h, length: 1 } : null;
  });
  if (!head) return null;
  const items: LandmarkList["items"] = [];
  let k = head.to;
  while (items.length < MAX_LIST) {
    const item = listItem(ctx, k, items.length === 0);
    if (!item) break;
    const t = ctx.tokens[k] as Token;
    const clitic = items.length > 0 && /^و../.test(t.norm) ? 1 : 0;
    const last = ctx.tokens[item.to - 1] as Token;
    items.push({
      from: k,
      to: item.to,
      start: t.start + surfaceOffset(t.text, clitic),
      end: last.end,
      en: item.en,
    });
    k = item.to;
    if (ctx.tokens[k]?.text === "،" || ctx.tokens[k]?.text === ",") k++;
    else if (!/^و../.test(ctx.tokens[k]?.norm ?? "")) break;
  }
  if (items.length < 2) return null;
  return { to: (items[items.length - 1] as LandmarkList["items"][number]).to, head: head.value, items };
}

/** The places of a list, each named with the singular head (متنزه X) and mentioned by X alone. */
export function landmarkListCandidates(s: SentenceInput, list: LandmarkList): Candidate[] {
  return list.items.map((item) => {
    const name = `${list.head.ar} ${stripMarks(s.text.slice(item.start, item.end))}`;
    const nameEn = list.head.en.replace("{X}", item.en);
    return patternCandidate(s.sentence, item, "Location", name, nameEn);
  });
}

/** Places of a list under a plural or dual region head (مناطق X وY، منطقتي X وY). */
export interface RegionList {
  to: number;
  head: OrgHead;
  items: Hit<GazEntry>[];
  /** A singular head before the first place (بمنطقة X وY وZ): its span, where the first mention starts. */
  headStart?: number;
}

/**
 * مناطق عسير والباحة وجازان، منطقتي مكة المكرمة والمدينة المنورة: a plural or dual region head
 * (places.json `lists`) before at least two places the gazetteers know, of one country, joined by
 * و or commas, perhaps in brackets. Each is the region of that name (the Jazan region), as after the
 * singular head. Two lists of regions only: a singular head before region names (بمنطقة مكة المكرمة
 * وجازان والمدينة المنورة), and a region the gazetteer knows as one (عسير، القصيم) before further
 * region names (مرتفعات عسير والباحة) — a region name being such a region, a town a region is named
 * after (places.json `seats`: الرياض، الباحة) or a compass region (الشرقية, the Eastern Province).
 */
export function regionListAt(ctx: SentenceCtx, i: number): RegionList | null {
  // Asked of most words, which no reading of makes a head: those are answered without phraseAt.
  if (!readsAsRegionList(ctx, ctx.tokens[i])) return regionNamesAt(ctx, i);
  const head = phraseAt(ctx, i, (first) => {
    const h = ctx.lex.regionLists.get(first);
    return h ? { value: h, length: 1 } : null;
  });
  if (!head) return null;
  const items: Hit<GazEntry>[] = [];
  let k = head.to;
  // مناطق (حائل، والقصيم): the list may stand in brackets or quotes.
  if (ctx.tokens[k]?.text === "(" || isQuote(ctx.tokens[k])) k++;
  while (items.length < MAX_LIST) {
    const g = gazAt(ctx, k) ?? conjoinedPlace(ctx, k) ?? compassRegion(ctx, k);
    const joined = items.length > 0 && g?.reading.prefix === 1 && /^و/.test(ctx.tokens[k]?.norm ?? "");
    if (!g || (g.reading.prefix !== 0 && !joined)) break;
    if (g.value.type !== "City" && g.value.type !== "Location") break;
    if (items.length > 0 && g.value.country !== items[0]?.value.country) break;
    items.push(g);
    k = g.to;
    if (ctx.tokens[k]?.text === "،" || ctx.tokens[k]?.text === ",") k++;
    else if (!/^و../.test(ctx.tokens[k]?.norm ?? "")) break;
  }
  if (items.length < 2 || !items[0]?.value.country) return null;
  return { to: (items[items.length - 1] as Hit<GazEntry>).to, head: head.value, items };
}

// The compass regions news names by their adjective alone in a list (مناطق الشرقية والرياض).
const COMPASS = new Set(["الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الوسطي"]);
const REGION_WORD = "المنطقه";

/** الشرقية in a list of regions: the region the gazetteer knows as المنطقة الشرقية. */
function compassRegion(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  const t = ctx.tokens[k];
  if (t?.kind !== "word") return null;
  for (const r of readingsOf(t)) {
    if (r.prefix > 1 || (r.prefix === 1 && !t.norm.startsWith("و")) || !COMPASS.has(r.key)) continue;
    const at = (o: number): string | undefined => (o === 0 ? REGION_WORD : o === 1 ? r.key : undefined);
    const m = ctx.lex.gazetteer.longest(REGION_WORD, at) ?? ctx.lex.places.longest(REGION_WORD, at);
    if (m?.length === 2 && m.value.type === "Location") return readingHit(ctx, k, k + 1, m.value, r);
  }
  return null;
}

/** A region name at token k (see regionListAt), read with its conjunction when `joined`, or null. */
function regionNameAt(ctx: SentenceCtx, k: number, joined: boolean): Hit<GazEntry> | null {
  const g = gazAt(ctx, k) ?? compassRegion(ctx, k);
  if (!g || g.reading.prefix !== (joined ? 1 : 0)) return null;
  if (joined && !/^و/.test(ctx.tokens[k]?.norm ?? "")) return null;
  if (g.value.type === "Location") return g.value.country ? g : null;
  return g.value.type === "City" && ctx.lex.regionSeats.has(phraseKeys(g.value.ar).join(" ")) ? g : null;
}

/**
 * بمنطقة مكة المكرمة وجازان وعسير، عسير والباحة: region names joined by و (at least two), after a
 * singular region head with seats, or first a region the gazetteer knows as one.
 */
function regionNamesAt(ctx: SentenceCtx, i: number): RegionList | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word") return null;
  let head: OrgHead | null = null;
  let headStart: number | undefined;
  let k = i;
  for (const r of readingsOf(t)) {
    const h = ctx.lex.placeHeads.get(r.key);
    if (!h?.region || r.prefix > 2) continue;
    head = h;
    headStart = t.start + surfaceOffset(t.text, r.prefix);
    k = i + 1;
    break;
  }
  const first = regionNameAt(ctx, k, false);
  if (!first) return null;
  if (!head) {
    // عسير والباحة: with no head, the list must open with a region the gazetteer knows as one.
    if (first.value.type !== "Location") return null;
    head = seatHead(ctx);
    if (!head) return null;
  } else if (phraseKeys(head.ar).join(" ") !== phraseKeys(seatHead(ctx)?.ar ?? "").join(" ")) return null;
  const items = [first];
  k = first.to;
  while (items.length < MAX_LIST) {
    const next = regionNameAt(ctx, k, true);
    if (!next || next.value.country !== first.value.country) break;
    items.push(next);
    k = next.to;
  }
  if (items.length < 2) return null;
  const to = (items[items.length - 1] as Hit<GazEntry>).to;
  return headStart === undefined ? { to, head, items } : { to, head, items, headStart };
}

/** Whether the head is the region head that has seats (منطقة). */
function isSeatHead(ctx: SentenceCtx, head: OrgHead): boolean {
  const seats = seatHead(ctx);
  return seats !== null && phraseKeys(head.ar).join(" ") === phraseKeys(seats.ar).join(" ");
}

/** The region head that has seats (منطقة), or null. */
function seatHead(ctx: SentenceCtx): OrgHead | null {
  for (const h of ctx.lex.regionSeats.values()) return h;
  return null;
}

/** Whether some reading of the word is a region-list head (regionListAt's head lookup, as a test). */
function readsAsRegionList(ctx: SentenceCtx, t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  for (const r of readingsOf(t)) if (ctx.lex.regionLists.has(r.key)) return true;
  return false;
}

/** A bulk gazetteer place at token k, behind its conjunction too (وصبيا). */
function conjoinedPlace(ctx: SentenceCtx, k: number): Hit<GazEntry> | null {
  return phraseAt(ctx, k, (f, next) => ctx.lex.places.longest(f, next));
}

/** Each place of a region list as its region: a region the gazetteer knows, or «head X». */
export function regionListCandidates(s: SentenceInput, list: RegionList): Candidate[] {
  return list.items.map((g, n) => {
    // بمنطقة مكة المكرمة وجازان: the first region is mentioned with its head.
    const start = n === 0 && list.headStart !== undefined ? list.headStart : g.start;
    if (g.value.type === "Location") {
      const c = gazCandidate(s, g, false);
      c.start = start;
      return c;
    }
    // منطقتي الرياض والدمام: a town no region is named after (الدمام) is the town itself.
    if (isSeatHead(s, list.head) && !s.lex.regionSeats.has(phraseKeys(g.value.ar).join(" ")))
      return gazCandidate(s, g, false);
    const name = `${list.head.ar} ${stripMarks(s.text.slice(g.start, g.end))}`;
    const span = { start, end: g.end };
    return patternCandidate(s.sentence, span, "Location", name, list.head.en.replace("{X}", g.value.en));
  });
}
