/**
 * Choosing the place gazetteer rows from the countries-states-cities table (ODbL): which rows are
 * plausible Arabic place names, which entity a name stands for when several places share it, and
 * which hand-written lexicon entries the table gives coordinates to. Pure: rows in, rows out.
 */
import { soundsAlike } from "./skeleton.js";

export interface SourcePlace {
  qid: string;
  en: string;
  ar: string;
  kind: "country" | "state" | "city";
  subtype: string;
  country: string;
  lat: number;
  lon: number;
}

/** A lexicon entry the hand-written files already have (its id, Arabic forms and country). */
export interface KnownEntry {
  id: string;
  type: "Country" | "City" | "Location" | "Other";
  keys: string[];
  country?: string | undefined;
  /** English label and capital flag of a hand-written city (to find its province's row). */
  en?: string | undefined;
  capital?: boolean | undefined;
}

export interface PlaceRow {
  id: string;
  type: "Country" | "City" | "Location";
  ar: string;
  en: string;
  country: string;
  qid: string;
  lat: number;
  lon: number;
  /** Capitals, provinces and provincial seats: names readers know without a cue. */
  prominent: boolean;
  /** Only coordinates for an entity the hand-written lexicon already recognises. */
  known: boolean;
  /**
   * A one-word name that is also an ordinary word (الخبر news, الحد the limit): recognised only
   * in a place's context (مدينة X, a dateline, a list of towns), never alone.
   */
  common: boolean;
  variants: string[];
}

export interface SelectOptions {
  /** Matching key of an Arabic phrase (normalised tokens joined by spaces). */
  key: (ar: string) => string;
  /** Keys of the function words (a place called في or ما is noise). */
  functionWords: Set<string>;
  /**
   * Keys of ordinary words (السنة، مركز، شباب): a town with such a one-word name is kept only as a
   * context-only name (PlaceRow.common).
   */
  commonWords: Set<string>;
  known: KnownEntry[];
  /** Countries whose smaller cities news in Arabic names; elsewhere only the prominent ones. */
  region: Set<string>;
  /** Arabic-speaking countries: the only ones whose place names may be translations. */
  arab: ReadonlySet<string>;
  slug: (en: string) => string;
}

export interface Dropped {
  reason: string;
  count: number;
}

const MAX_WORDS = 4;
const MAX_CHARS = 40;
const MIN_SOUND = 0.5;
// Leading words of an Arabic province name that news often leaves out (ولاية كاليفورنيا → كاليفورنيا).
const ADMIN_PREFIX = /^(محافظة|ولاية|منطقة|مقاطعة|إقليم|اقليم|ولايه|محافظه|منطقه|مقاطعه) (.+)$/;

function rank(p: SourcePlace): number {
  if (p.kind === "country") return 0;
  if (p.subtype === "capital") return 1;
  if (p.kind === "city" && p.subtype === "adm1") return 2;
  if (p.kind === "state") return 3;
  return 4;
}

/** Why a source row is not a usable Arabic place name, or null when it is. */
export function rejectReason(
  p: SourcePlace,
  opts: Pick<SelectOptions, "key" | "functionWords" | "commonWords" | "arab">,
): string | null {
  const ar = p.ar.trim();
  if (!/^[A-Za-z][A-Za-z0-9 .,'()&-]*$/.test(p.en)) return "English name not in plain Latin letters";
  if (!/[\u0621-\u064a]/.test(ar)) return "no Arabic name";
  if (/[A-Za-z\u00c0-\u024f0-9]/.test(ar)) return "Latin letters or digits in the Arabic name";
  if (/[()[\],/؛،:"«»]/.test(ar)) return "punctuation in the Arabic name";
  const words = ar.split(/\s+/);
  if (words.length > MAX_WORDS || ar.length > MAX_CHARS) return "implausibly long Arabic name";
  const key = opts.key(ar);
  if (key === "" || opts.functionWords.has(key)) return "function word";
  const alike = soundsAlike(ar, p.en) >= MIN_SOUND;
  // A translated name (Northern Territory → الإقليم الشمالي) reads as an ordinary phrase; only
  // Arabic-speaking countries' own provinces (المنطقة الشرقية) are named that way in news.
  if (!alike && !opts.arab.has(p.country)) return "translated name outside the Arabic-speaking countries";
  if (words.length === 1) {
    if (key.replace(/^ال/, "").length < 3) return "shorter than three letters";
    // One word is where a translated English word (Bury → دفن) does harm; longer names are
    // often legitimately translated (Northern Borders → الحدود الشمالية).
    if (soundsAlike(ar, p.en) < MIN_SOUND)
      return "Arabic name does not sound like the English (machine translation)";
  }
  return null;
}

/** A one-word name that is also an ordinary word (الخبر، الحد): a context-only name. */
export function isCommonWordName(p: SourcePlace, opts: Pick<SelectOptions, "key" | "commonWords">): boolean {
  const ar = p.ar.trim();
  if (/\s/.test(ar)) return false;
  const key = opts.key(ar);
  return opts.commonWords.has(key) || opts.commonWords.has(key.replace(/^ال(?=..)/, ""));
}

/**
 * The gazetteer rows: every usable name once, standing for its most prominent place (country,
 * capital, provincial seat, province, town); a name two countries share at the same rank is
 * dropped, as no coordinates would be right. Hand-written entries get coordinates (`known`).
 */
export function selectPlaces(
  source: SourcePlace[],
  opts: SelectOptions,
): { rows: PlaceRow[]; dropped: Dropped[] } {
  const dropped = new Map<string, number>();
  const drop = (reason: string): void => void dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
  const byKey = new Map<string, SourcePlace[]>();
  const rows: PlaceRow[] = [];
  const knownIds = new Set(opts.known.map((k) => k.id));
  // المنطقة الشرقية → الشرقية: the bare name of a hand-written region is that region in context
  // (في الشرقية), not a foreign province that happens to share it.
  const regionBare = new Set(
    opts.known.flatMap((k) => k.keys.map((key) => /^ال?منطقه (\S+)$/.exec(key)?.[1] ?? "")).filter(Boolean),
  );
  for (const p of source) {
    if (p.kind === "country") {
      // Countries are matched by code: the hand-written names are the ones news uses.
      const id = `country:${p.country}`;
      if (knownIds.has(id) && !rows.some((r) => r.id === id)) rows.push(toRow(p, id, true, [], false));
      else drop("country not in the hand-written lexicon");
      continue;
    }
    const reason = rejectReason(p, opts);
    if (reason) {
      drop(reason);
      continue;
    }
    if (p.kind === "city" && rank(p) > 2 && !opts.region.has(p.country)) {
      drop("small town outside the Arab region and its neighbours");
      continue;
    }
    // Outside the Arabic-speaking countries a name spelled like an Arabic word (أولا Ula, فاتح
    // Fatih) is a coincidence of transliteration, too rare in news to be worth the noise.
    if (isCommonWordName(p, opts) && !opts.arab.has(p.country)) {
      drop("one-word name that is an ordinary word, outside the Arabic-speaking countries");
      continue;
    }
    if (isCommonWordName(p, opts) && regionBare.has(opts.key(p.ar))) {
      drop("one-word name that is an ordinary word and the bare name of a hand-written region");
      continue;
    }
    const key = opts.key(p.ar);
    const list = byKey.get(key) ?? [];
    list.push(p);
    byKey.set(key, list);
  }

  const knownByKey = new Map<string, KnownEntry>();
  for (const k of opts.known) for (const key of k.keys) if (!knownByKey.has(key)) knownByKey.set(key, k);

  const usedIds = new Set(knownIds);
  const linked = new Set<string>();
  const qidNum = (p: SourcePlace): number => (p.qid ? Number(p.qid.slice(1)) : Infinity);
  for (const [key, list] of byKey) {
    list.sort((a, b) => rank(a) - rank(b) || qidNum(a) - qidNum(b));
    const known = knownByKey.get(key);
    if (known) {
      // The hand-written entry wins the name; the table only lends it coordinates.
      const match = lenderOf(known, list);
      if (match && !linked.has(known.id)) {
        linked.add(known.id);
        rows.push(toRow(match, known.id, true, [], false));
      } else drop("name already in the hand-written lexicon");
      continue;
    }
    const best = list[0] as SourcePlace;
    const rival = list.find((p) => p.country !== best.country && rank(p) === rank(best));
    if (rival) {
      drop("name shared by places in two countries");
      continue;
    }
    const prefix = best.kind === "city" ? "city" : "loc";
    let id = `${prefix}:${opts.slug(best.en)}`;
    if (id === `${prefix}:` || usedIds.has(id))
      id = `${prefix}:${opts.slug(best.en)}-${best.country.toLowerCase()}`;
    if (usedIds.has(id))
      id = `${prefix}:${best.qid.toLowerCase() || `${Math.round(best.lat)}-${Math.round(best.lon)}`}`;
    usedIds.add(id);
    const bare = ADMIN_PREFIX.exec(best.ar.trim())?.[2];
    const variants = bare && !byKey.has(opts.key(bare)) && !knownByKey.has(opts.key(bare)) ? [bare] : [];
    rows.push(toRow(best, id, false, variants, isCommonWordName(best, opts)));
  }
  rows.sort((a, b) => a.id.localeCompare(b.id));
  return { rows, dropped: [...dropped].map(([reason, count]) => ({ reason, count })) };
}

function sameEntity(k: KnownEntry, p: SourcePlace): boolean {
  // England (GB-ENG) is a state row of GB in the table, a country in the lexicon.
  if (k.type === "Country" && k.country?.startsWith(`${p.country}-`)) return p.kind === "state";
  if (k.country && k.country !== p.country) return false;
  if (k.type === "Country") return p.kind === "country";
  // A city-state row (London) is the city; Washington the state is not Washington the capital.
  if (k.type === "City") return p.kind === "city" || (p.kind === "state" && p.subtype === "city");
  if (k.type === "Location") return p.kind === "state";
  return false;
}

/**
 * The row lending a hand-written entry its coordinates: the first (best-ranked) row of the same
 * entity. A city (not a capital) whose own row the table lacks, or has only as a small namesake
 * town of another English name (كيليس: Keles), takes the province named after it (Kilis, Samara:
 * their seat is the city).
 */
function lenderOf(k: KnownEntry, list: SourcePlace[]): SourcePlace | undefined {
  const match = list.find((p) => sameEntity(k, p));
  if (k.type !== "City" || k.capital || !k.en || (match && (match.en === k.en || rank(match) <= 2)))
    return match;
  return list.find((p) => p.kind === "state" && p.country === k.country && p.en === k.en) ?? match;
}

function toRow(p: SourcePlace, id: string, known: boolean, variants: string[], common: boolean): PlaceRow {
  return {
    id,
    type: p.kind === "country" ? "Country" : p.kind === "city" ? "City" : "Location",
    ar: p.ar.trim(),
    en: p.en,
    country: p.country,
    qid: p.qid,
    lat: round(p.lat),
    lon: round(p.lon),
    prominent: rank(p) <= 3,
    known,
    common,
    variants,
  };
}

// Four decimals is about ten metres, finer than the source's own precision for most towns.
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
