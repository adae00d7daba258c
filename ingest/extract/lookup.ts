/**
 * Token-level lookups shared by the recognition patterns: gazetteer matches with proclitic
 * readings, and the small word classes that stop or start a name.
 */
import type { GazEntry, Lexicon } from "../lexicon/index.js";
import { remembered } from "../text/memo.js";
import { normalizeLight, stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, withoutArticle, type Reading, type Token } from "../text/segment.js";
import { placeAt, townOfProvince } from "./places.js";

export interface SentenceCtx {
  lex: Lexicon;
  tokens: Token[];
  /** Tagger BIO tags per token, or null when the tagger is off. */
  tags: string[] | null;
  /** Per-token memo of gazetteer lookups: patterns ask about the same token several times. */
  gazMemo?: (Hit<GazEntry> | null | undefined)[];
}

export interface Hit<T> {
  value: T;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Cleaned-text span (proclitics excluded, except the لل of a restored article). */
  start: number;
  end: number;
  reading: Reading;
}

/** The hit of tokens [from, to) read from tokens[from] by `reading` (its proclitics left out). */
export function readingHit<T>(
  ctx: SentenceCtx,
  from: number,
  to: number,
  value: T,
  reading: Reading,
): Hit<T> {
  const first = ctx.tokens[from] as Token;
  return {
    value,
    from,
    to,
    start: first.start + surfaceOffset(first.text, reading.prefix),
    end: (ctx.tokens[to - 1] as Token).end,
    reading,
  };
}

export function keyAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  return t && t.kind !== "punct" ? t.norm : undefined;
}

/**
 * Keys of the tokens after token i. A factory rather than a named arrow in phraseAt: tsx/esbuild
 * keep-names wraps each named closure in a defineProperty call, a tenth of extraction time here.
 */
function keysAfter(tokens: Token[], i: number): (o: number) => string | undefined {
  return (o) => keyAt(tokens, i + o);
}

/** Longest trie match at token i over every proclitic reading of its first word. */
export function phraseAt<T>(
  ctx: SentenceCtx,
  i: number,
  longest: (first: string, keyAt: (o: number) => string | undefined) => { value: T; length: number } | null,
  opts: { article?: (value: T, key: string) => boolean } = {},
): Hit<T> | null {
  const t = ctx.tokens[i];
  if (!t || t.kind !== "word") return null;
  let best: Hit<T> | null = null;
  const rest = keysAfter(ctx.tokens, i);
  for (const r of readingsOf(t)) {
    // The reading, then (with `article`) the reading without its article; no array per reading.
    for (let n = 0; n < 2; n++) {
      const key = n === 0 ? r.key : opts.article ? withoutArticle(r.key) : null;
      if (!key) continue;
      const m = longest(key, rest);
      if (!m || (n === 1 && !opts.article?.(m.value, key))) continue;
      if (best && m.length <= best.to - best.from) continue;
      best = readingHit(ctx, i, i + m.length, m.value, r);
    }
  }
  return best;
}

/** Gazetteer entry at token i; nisba adjectives also match with their article (العراقية). */
export function gazAt(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  ctx.gazMemo ??= new Array<Hit<GazEntry> | null | undefined>(ctx.tokens.length);
  let hit = ctx.gazMemo[i];
  if (hit === undefined) {
    hit = gazLookup(ctx, i);
    ctx.gazMemo[i] = hit;
  }
  return hit;
}

// Built once: a per-call object literal would re-name its arrow on every lookup (see keysAfter).
// السورية: a country whose name is spelled like its feminine nisba (سورية) holds that spelling.
const NISBA_ARTICLE = {
  article: (e: GazEntry, key: string): boolean =>
    e.source === "nisba" || (e.source === "country" && key.endsWith("يه")),
};

/** Per lexicon, by written word: whether any gazetteer or place entry may start at it (mayStart). */
const STARTS = new WeakMap<Lexicon, Map<string, boolean>>();
/** Words remembered per lexicon before the memo starts again (news repeats a few thousand words). */
const STARTS_LIMIT = 100_000;

/**
 * Whether some reading of the word is a marked entry or the first word of a gazetteer or place
 * entry. Most words are none; this depends on the written word alone, so it is remembered per
 * word, and gazLookup skips its phrase walks for the rest (they were a tenth of extraction).
 */
function mayStart(lex: Lexicon, t: Token): boolean {
  // The last lexicon's memo at hand: one lexicon serves a whole run, and a WeakMap probe per word adds up.
  let memo = lex === lastLex ? lastStarts : STARTS.get(lex);
  if (!memo) STARTS.set(lex, (memo = new Map()));
  lastLex = lex;
  lastStarts = memo;
  let may = memo.get(t.text);
  if (may === undefined) {
    may = startsEntry(lex, t);
    if (memo.size >= STARTS_LIMIT) memo.clear();
    memo.set(t.text, may);
  }
  return may;
}

let lastLex: Lexicon | null = null;
let lastStarts: Map<string, boolean> | undefined;

function startsEntry(lex: Lexicon, t: Token): boolean {
  for (const r of readingsOf(t)) {
    if (lex.marked.size > 0 && lex.marked.has(t.text.slice(surfaceOffset(t.text, r.prefix)))) return true;
    if (t.kind !== "word") continue;
    const bare = withoutArticle(r.key);
    if (lex.gazetteer.has(r.key) || (bare !== null && lex.gazetteer.has(bare))) return true;
    if (lex.places.has(r.key) || lex.commonPlaces.has(r.key)) return true;
  }
  return false;
}

function gazLookup(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  const t = ctx.tokens[i];
  if (!t || !mayStart(ctx.lex, t)) return null;
  if (ctx.lex.marked.size > 0) {
    for (const r of readingsOf(t)) {
      const entry = ctx.lex.marked.get(t.text.slice(surfaceOffset(t.text, r.prefix)));
      if (entry) return readingHit(ctx, i, i + 1, entry, r);
    }
  }
  const hit = phraseAt(ctx, i, (f, k) => ctx.lex.gazetteer.longest(f, k), NISBA_ARTICLE);
  const next = hit?.value.notBefore ? ctx.tokens[hit.to] : undefined;
  if (next && hit?.value.notBefore?.has(next.norm)) return null;
  if (
    hit &&
    (rightHand(ctx, hit) || languageNamed(ctx, hit) || surnameAfterName(ctx, hit) || notAPlaceWord(ctx, hit))
  )
    return null;
  const city = hit ? homographCity(ctx, hit) : null;
  // The bulk place gazetteer only where the hand-written lexicon has nothing as long.
  const bulk = placeAt(ctx, i);
  const place =
    bulk && bulk.to - bulk.from === 1 && crudeGrade(ctx, bulk.from, bulk.to, bulk.reading.prefix)
      ? null
      : bulk;
  // مدينة وجدة (Oujda): a town named by an ordinary word, in a town's context, read as the whole
  // word beats a reading behind a proclitic (و + جدة).
  const whole = place?.value.common === true && hit !== null && place.reading.prefix < hit.reading.prefix;
  if (place && (!hit || place.to > hit.to || whole)) return townOfProvince(ctx, place);
  return city && hit
    ? { value: city, from: hit.from, to: hit.to, start: hit.start, end: hit.end, reading: hit.reading }
    : hit;
}

/**
 * صبياً (as a boy), 11 بليون (billion), وجده (he found it; his grandfather): a word written with
 * tanween is an indefinite noun or adverb, never a place's name; بليون is the number, not ب +
 * Lyon; a town whose name ends in ة (جدة) is not written with ه, the pronoun "his, it".
 */
function notAPlaceWord(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  const type = hit.value.type;
  if (
    hit.to - hit.from === 1 &&
    (prayerTime(ctx, hit) || crudeGrade(ctx, hit.from, hit.to, hit.reading.prefix))
  )
    return true;
  if ((type !== "City" && type !== "Location") || hit.to - hit.from !== 1) return false;
  const t = ctx.tokens[hit.from] as Token;
  if (/[\u064B-\u064D]/.test(t.text) || (hit.reading.prefix > 0 && BILLION.test(t.norm))) return true;
  if (hit.value.ar.endsWith("ة") && /ه$/.test(stripMarks(t.text))) return true;
  // التدرج الرمادي (the grey scale): a town named like a definite nisba (الرمادي Ramadi, grey)
  // right after a definite noun is its adjective, when the tagger does not read a place there
  // (استعاد الجيش الرمادي keeps the town).
  const tag = ctx.tags?.[hit.from];
  return (
    tag !== undefined &&
    !tag.endsWith("LOC") &&
    hit.reading.prefix === 0 &&
    /^ال..+ي$/.test(hit.reading.key) &&
    isDefiniteWord(ctx, ctx.tokens[hit.from - 1])
  );
}

// صلاة المغرب، أذان المغرب، صلاتي المغرب والعشاء: after a word of prayer or its hour, المغرب is the
// sunset prayer, not Morocco.
const PRAYER_WORDS = new Set(["صلاه", "صلاتي", "صلاتا", "اذان", "وقت", "بعيد", "قبيل"]);
const PRAYER_NAMES = new Set(["المغرب"]);

function prayerTime(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  if (!PRAYER_NAMES.has(hit.reading.key) || hit.reading.prefix > 0) return false;
  const prev = ctx.tokens[hit.from - 1];
  return prev?.kind === "word" && readingsOf(prev).some((r) => PRAYER_WORDS.has(r.key));
}

/**
 * خام دبي، خام عُمان، خام غرب تكساس الوسيط، برنت: a crude oil named after where it is drawn is a
 * price benchmark, not the place (after خام, or غرب X الوسيط, West Texas Intermediate).
 */
export function crudeGrade(
  ctx: Pick<SentenceCtx, "tokens">,
  from: number,
  to: number,
  prefix: number,
): boolean {
  const prev = ctx.tokens[from - 1];
  const keys = prev?.kind === "word" ? readingsOf(prev).map((r) => r.key) : [];
  if (keys.includes("خام") && prefix === 0) return true;
  const next = ctx.tokens[to];
  return keys.includes("غرب") && next?.kind === "word" && next.norm === "الوسيط";
}

// بليون، وبليونا، بلايين: the number word that reads as ب + Lyon.
const BILLION = /^[وف]?(بليون|بلايين)/;

/**
 * ثيو والكوت (Walcott), جون والتون: a town written with و right after a person's given name is
 * the rest of a foreign name, not "and Kut": a list of places does not follow a bare given name.
 */
function surnameAfterName(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  if (hit.value.type !== "City" || hit.to - hit.from !== 1 || hit.reading.prefix === 0) return false;
  if (!(ctx.tokens[hit.from] as Token).norm.startsWith("و")) return false;
  const prev = ctx.tokens[hit.from - 1];
  if (prev?.kind !== "word") return false;
  if (givenName(ctx, prev) !== undefined || (ctx.tags?.[hit.from - 1]?.endsWith("PER") ?? false)) return true;
  // ثيو Theo: a word of foreign persons' names that names no place itself (واشنطن والكوت is a list).
  if ((ctx.lex.nameWords.get(prev.norm) ?? 0) < FOREIGN_NAME_USES) return false;
  return !readingsOf(prev).some((r) => {
    const own = ctx.lex.gazetteer.longest(r.key, () => undefined)?.value;
    return own !== undefined || ctx.lex.places.has(r.key) || ctx.lex.commonPlaces.has(r.key);
  });
}

// Uses in persons' names that make a word a name word (ثيو Theo: tens of uses).
const FOREIGN_NAME_USES = 10;

// Nouns of the body and of sides that take the adjective اليمنى (right) without ة or a pronoun.
const RIGHT_HAND_NOUNS = new Set([
  "اليد",
  "القدم",
  "الرجل",
  "الساق",
  "العين",
  "الاذن",
  "الكتف",
  "الذراع",
  "الكف",
]);

/**
 * قدمه اليمنى، الجهة اليمنى: اليمنى written with ى is the feminine of أيمن (right), not the
 * nisba of Yemen (اليمني، اليمنية), after a feminine noun or one with a pronoun (ساقه، يدها).
 */
function rightHand(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  if (hit.value.source !== "nisba" || hit.to - hit.from !== 1) return false;
  const t = ctx.tokens[hit.from] as Token;
  if (!/يمنى$/.test(stripMarks(t.text))) return false;
  const prev = ctx.tokens[hit.from - 1];
  if (prev?.kind !== "word") return false;
  return /(ه|ها|ي)$/.test(prev.norm) || RIGHT_HAND_NOUNS.has(prev.norm.replace(/^[وفب]/, ""));
}

// اللغة، باللغة، لغة: the noun "language", after which a nisba names a language, not a country.
const LANGUAGE = new Set(
  ["لغه", "لغتين", "لغتان", "لغات"].flatMap((w) => [w, `ال${w}`, `بال${w}`, `وال${w}`, `لل${w}`, `ب${w}`]),
);

/**
 * اللغة الإنجليزية، باللغتين العربية والإنجليزية: a country's nisba after "language" (and after
 * the nisbas joined to it) is the language, not the country.
 */
function languageNamed(ctx: SentenceCtx, hit: Hit<GazEntry>): boolean {
  if (hit.value.source !== "nisba") return false;
  for (let k = hit.from - 1; k >= 0 && k >= hit.from - 4; k--) {
    const t = ctx.tokens[k];
    if (t?.kind !== "word") return false;
    if (LANGUAGE.has(t.norm)) return true;
    // العربية و…: another language of the list.
    if (!/^و?ال..+يه$/.test(t.norm)) return false;
  }
  return false;
}

// Words right before a name that make it the city, not the country of the same spelling.
const CITY_BEFORE = new Set(["العاصمه", "مدينه", "بلديه", "شوارع", "ضواحي", "محافظه"]);
// Words right before a name that make it the country (سلطنة عمان، دولة الكويت).
const COUNTRY_BEFORE = new Set(["سلطنه", "دوله", "مملكه", "جمهوريه", "امير", "ملك", "سلطان"]);

function bareKey(t: Token | undefined): string {
  return t && t.kind === "word" ? t.norm.replace(/^[وف](?=..)/, "") : "";
}

/** The country (by name or nisba, with or without proclitics/article) a word names, if any. */
function countryOf(ctx: SentenceCtx, t: Token | undefined): string | undefined {
  if (!t || t.kind !== "word") return undefined;
  for (const r of readingsOf(t)) {
    for (const key of [r.key, withoutArticle(r.key)]) {
      const m = key ? ctx.lex.gazetteer.longest(key, () => undefined) : null;
      if (m && (m.value.source === "country" || m.value.source === "nisba")) return m.value.country;
    }
  }
  return undefined;
}

/**
 * الجزائر، الكويت، تونس name a country and its capital; عمان is Oman or, with a lost shadda,
 * Amman. The country reading stands unless the context names the city: العاصمة/مدينة before it
 * (also "العاصمة الجزائرية الجزائر"), العاصمة after it (الجزائر العاصمة), or — when the city lies
 * in another country (عمّان, Jordan) — a sentence that names that country (الأردن، الأردنية).
 */
function homographCity(ctx: SentenceCtx, hit: Hit<GazEntry>): GazEntry | null {
  if (hit.value.source !== "country" || ctx.lex.homographs.size === 0) return null;
  const keys = [hit.reading.key];
  for (let k = hit.from + 1; k < hit.to; k++) keys.push((ctx.tokens[k] as Token).norm);
  const city = ctx.lex.homographs.get(keys.join(" "));
  if (!city) return null;
  const prev = bareKey(ctx.tokens[hit.from - 1]);
  if (COUNTRY_BEFORE.has(prev)) return null;
  if (CITY_BEFORE.has(prev) || bareKey(ctx.tokens[hit.to]) === "العاصمه") return city;
  const before = bareKey(ctx.tokens[hit.from - 2]);
  if (before === "العاصمه" && countryOf(ctx, ctx.tokens[hit.from - 1]) === city.country) return city;
  if (city.country === hit.value.country) return null;
  for (const [k, t] of ctx.tokens.entries())
    if ((k < hit.from || k >= hit.to) && countryOf(ctx, t) === city.country) return city;
  return null;
}

/**
 * A nisba adjective written at token i without proclitics. السعودية is both a country's short
 * name and the feminine nisba; after a noun it is the adjective (وكالة الأنباء السعودية).
 */
export function nisbaAt(ctx: SentenceCtx, i: number): Hit<GazEntry> | null {
  const g = gazAt(ctx, i);
  if (g && g.reading.prefix === 0 && g.value.source === "nisba") return g;
  const t = ctx.tokens[i];
  const bare = t && t.kind === "word" ? withoutArticle(t.norm) : null;
  const m = bare ? ctx.lex.gazetteer.longest(bare, () => undefined) : null;
  const shaped = m?.value.source === "country" && /يه$/.test(bare ?? "");
  if (!t || !m || (m.value.source !== "nisba" && !shaped)) return null;
  const reading = { key: bare as string, prefix: 0, restoredArticle: false };
  return { value: m.value, from: i, to: i + 1, start: t.start, end: t.end, reading };
}

/** The proclitic letters a reading stripped (e.g. "وب"). */
export function strippedLetters(t: Token, r: Reading): string {
  return t.norm.slice(0, r.prefix);
}

/**
 * normalizeLight(t.text): a word without ى has its matching form already (tokenize made t.norm
 * with normalizeForMatch), so the patterns' many asks cost no second normalisation.
 */
function writtenKey(t: Token): string {
  return t.kind === "word" && !t.text.includes("ى") ? t.norm : lightOf(t.text);
}

/**
 * normalizeLight() of the words writtenKey() cannot take from t.norm — على، إلى، حتى and
 * punctuation, among the commonest tokens — remembered by text: isFunctionWord asks it of every
 * word, several times a sentence.
 */
const LIGHT = new Map<string, string>();
const LIGHT_LIMIT = 20_000;

function lightOf(text: string): string {
  return remembered(LIGHT, text, LIGHT_LIMIT, normalizeLight);
}

export function isFunctionWord(ctx: Pick<SentenceCtx, "lex">, t: Token): boolean {
  if (ctx.lex.functionWords.has(t.norm) || t.timeOfDay === true) return true;
  // فإن، بأن، وأنه: a proclitic on a particle written with its hamza (the name فان Van has none).
  if (procliticOnHamza(t.text) && ctx.lex.functionWords.has(t.norm.slice(1))) return true;
  // As written: على (preposition) is علي (Ali) after matching normalisation; ى tells them apart.
  const written = writtenKey(t);
  if (ctx.lex.writtenFunctionWords.has(written)) return true;
  const first = written.charCodeAt(0);
  return (first === WAW || first === FA) && ctx.lex.writtenFunctionWords.has(written.slice(1));
}

/**
 * صباح أمس، مساء اليوم، ظهر الجمعة: marks a time of day before a time anchor (proclitic و/ب on
 * either allowed) so no name chain takes it (استقبل الأمير X صباح أمس Y; الرئيس مساء اليوم).
 */
export function markTimesOfDay(lex: Lexicon, tokens: Token[]): Token[] {
  const bare = (t: Token | undefined, set: Set<string>): boolean =>
    t?.kind === "word" && (set.has(t.norm) || (/^[وب]/.test(t.norm) && set.has(t.norm.slice(1))));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (bare(t, lex.timesOfDay) && bare(tokens[k + 1], lex.timeAnchors)) t.timeOfDay = true;
  }
  return tokens;
}

// Letters compared by code: these tests run on most tokens of every sentence, several times each.
const WAW = 0x648; // و
const FA = 0x641; // ف
const BA = 0x628; // ب
const LAM = 0x644; // ل
const YA = 0x64a; // ي
const TA = 0x62a; // ت
const SIN = 0x633; // س
const NUN = 0x646; // ن

/** /^[وفبل][أإ]/: و ف ب ل written on a hamza-alef. */
function procliticOnHamza(text: string): boolean {
  const c0 = text.charCodeAt(0);
  const c1 = text.charCodeAt(1);
  return (c0 === WAW || c0 === FA || c0 === BA || c0 === LAM) && (c1 === 0x623 || c1 === 0x625);
}

/**
 * The given name a token is, if any. عبد written apart (عبد الله، عبد العزيز) opens a compound
 * given name: the name rules read it as the given name it starts, as they read عبدالله.
 */
export function givenName(ctx: SentenceCtx, t: Token): string | undefined {
  const key = writtenKey(t);
  const known = ctx.lex.givenNames.get(key) ?? (key === "عبد" ? "Abd" : undefined);
  // عبدربه، عبدالمحسن: عبد joined to a word of four letters or more is a compound given name
  // ("servant of …") even when the list lacks it, as identity.ts isGivenName reads it.
  return known ?? (/^عبد[^\s]{3,}$/.test(key) && !ctx.lex.functionWords.has(key) ? "Abd" : undefined);
}

/** Imperfect-verb shape (يـ تـ سيـ ستـ), which a name after a title rarely has. */
export function verbShaped(norm: string): boolean {
  // يوفيتيتش، ستويكوفيتش: no Arabic verb ends in تش; a transliterated surname does.
  if (norm.length < 4 || norm.endsWith("تش")) return false;
  const c0 = norm.charCodeAt(0);
  if (c0 === YA || c0 === TA) return true;
  const c1 = norm.charCodeAt(1);
  return c0 === SIN && (c1 === YA || c1 === TA || c1 === NUN);
}

// Uses in Wikidata person names from which a word of imperfect-verb shape is read as a name:
// تشافي، توميسلاف، تريفور، سيرجيو have them; يلعب، سيتم، تقوم have none.
const VERB_SHAPED_NAME_USES = 3;

/**
 * A word of imperfect-verb shape that is no given name and that Wikidata's person names seldom
 * use: a verb. Foreign first names often start with ت or سي (توماس، سيرجيو) and keep their uses.
 */
export function verbLike(ctx: SentenceCtx, t: Token): boolean {
  return (
    verbShaped(t.norm) &&
    givenName(ctx, t) === undefined &&
    (ctx.lex.nameWords.get(t.norm) ?? 0) < VERB_SHAPED_NAME_USES
  );
}

export function taggedAs(ctx: SentenceCtx, i: number, type: string): boolean {
  const tag = ctx.tags?.[i];
  return tag !== undefined && tag !== "O" && tag.endsWith(type);
}

const QUOTES = new Set(["“", "”", "«", "»", '"', "'"]);

export function isQuote(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "punct" && QUOTES.has(t.text);
}

/**
 * A definite noun or adjective (الجهة، الكبرى), after which a definite word is its adjective;
 * إلى and الذي are written with ال too (الي، الذي after normalisation) and are neither.
 */
export function isDefiniteWord(ctx: Pick<SentenceCtx, "lex">, t: Token | undefined): boolean {
  return t?.kind === "word" && t.norm.startsWith("ال") && !isFunctionWord(ctx, t);
}
