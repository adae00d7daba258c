/**
 * The usual English spelling of each Arabic name word, from two word-pair tables: Wikidata person
 * names (CC0, with counts: the most frequent English form wins) and Google's Wikipedia-mined
 * pairs (Apache-2.0, no counts: used where Wikidata has seen the word fewer than three times, as
 * one or two person names are often a foreign reading — Klaudia, not Claudia). Pairs whose English
 * does not sound like the Arabic (جون → "6th", القضاعي → "abbar") are misalignments and dropped.
 */
import { soundsAlike } from "./skeleton.js";

export interface TranslitRow {
  ar: string;
  en: string;
  /** Times Wikidata person names use this Arabic word (0: Google table only). */
  count: number;
}

const MIN_SOUND = 0.5;
// Wikidata uses below which the Google pair (a Wikipedia title) is the better spelling.
const MIN_WIKIDATA = 3;
// The romaniser's own spelling is kept only when it is this share of the top form's uses: one
// Matyas does not outweigh 56 Matthias.
const HOUSE_SHARE = 1 / 3;
// Uses from which a name ending in d (برنارد Bernard) is the reading of its spelling without د.
const SILENT_D_USES = 20;
// Lower-case Latin name word, possibly with an inner hyphen or apostrophe (o'brien). Letters with
// the accents of European spelling count (Gérard, García, José, Bölöni are those names' usual
// spelling); a scholarly transliteration's marks (ḥ, ā, ʿ) do not, so Arabic names keep news spelling.
const LETTER = "a-zà-öø-ÿăćčďěğıłńňőřśşšţťůűźżž";
const EN_WORD = new RegExp(`^[${LETTER}]+(?:['-][${LETTER}]+)*$`);

export interface TranslitOptions {
  key: (ar: string) => string;
  functionWords: Set<string>;
  /** The romaniser's own spelling of a word: kept when the table attests it often (Mukhtar, Talha). */
  houseStyle?: (ar: string) => string;
}

function usable(ar: string, en: string, opts: TranslitOptions): boolean {
  if (!/^[\u0621-\u064a]+$/.test(ar) || ar.length < 2) return false;
  if (!EN_WORD.test(en) || en.length < 2) return false;
  // Words with the article are family names (العبار): built apart, in articleRows.
  if (opts.key(ar).startsWith("ال")) return false;
  if (opts.functionWords.has(opts.key(ar))) return false;
  // gérard → gerard: the sound classes are told on the unaccented letters.
  return (
    soundsAlike(
      ar,
      en
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/ı/g, "i"),
    ) >= MIN_SOUND
  );
}

// The weight of a French spelling of ش (Chokri, Chaïb; not sch or tch), so that a tie goes to the
// English one (Shoukry, Shuayb): English news spells the sound sh.
const FOREIGN_SH = 0.5;

/** Weight of an English form's uses: a French ch for ش counts half. */
function styleWeight(ar: string, en: string): number {
  return ar.includes("ش") && /(?<![st])ch/.test(en) ? FOREIGN_SH : 1;
}

const capitalise = (w: string): string =>
  w.replace(/(^|[-'])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

export function buildTranslit(
  wikidata: { en: string; ar: string; count: number }[],
  google: { ar: string; en: string }[],
  opts: TranslitOptions,
): TranslitRow[] {
  const forms = new Map<string, Map<string, number>>();
  const total = new Map<string, number>();
  const written = new Map<string, string>();
  for (const { en, ar, count } of wikidata) {
    const e = en.toLowerCase();
    if (!usable(ar, e, opts)) continue;
    const key = opts.key(ar);
    if (!written.has(key)) written.set(key, ar);
    const m = forms.get(key) ?? new Map<string, number>();
    m.set(e, (m.get(e) ?? 0) + count);
    forms.set(key, m);
    total.set(key, (total.get(key) ?? 0) + count);
  }
  const out = new Map<string, TranslitRow>();
  for (const [key, m] of forms) {
    const ar = written.get(key) ?? key;
    const weighed = (f: [string, number]): number => f[1] * styleWeight(ar, f[0]);
    const [en, n] = [...m].sort((a, b) => weighed(b) - weighed(a) || a[0].localeCompare(b[0]))[0] as [
      string,
      number,
    ];
    const own = opts.houseStyle?.(ar).toLowerCase();
    const chosen = own && (m.get(own) ?? 0) >= n * HOUSE_SHARE ? own : en;
    out.set(key, { ar: key, en: capitalise(chosen), count: total.get(key) ?? n });
  }
  for (const { ar, en } of google) {
    const e = en.toLowerCase();
    const key = opts.key(ar);
    const have = out.get(key);
    if ((have && have.count >= MIN_WIKIDATA) || !usable(ar, e, opts)) continue;
    if (have && opts.houseStyle?.(written.get(key) ?? ar).toLowerCase() === have.en.toLowerCase()) continue;
    out.set(key, { ar: key, en: capitalise(e), count: have?.count ?? 0 });
  }
  // برنار (Bernard), ريشار (Richard): French names lose the silent d of a final -rd in Arabic
  // spelling. A word in ر Wikidata hardly knows, whose form with د is a frequent name in -rd, takes it.
  for (const row of out.values()) {
    const full = out.get(`${row.ar}د`);
    if (row.count >= MIN_WIKIDATA || !full || full.count < SILENT_D_USES) continue;
    if (!row.ar.endsWith("ر") || !/rd$/.test(full.en)) continue;
    out.set(row.ar, { ar: row.ar, en: full.en, count: row.count });
  }
  for (const row of articleRows(wikidata, google, opts)) if (!out.has(row.ar)) out.set(row.ar, row);
  return [...out.values()].sort((a, b) => (a.ar < b.ar ? -1 : a.ar > b.ar ? 1 : 0));
}

// The article as the tables write it before the stem: alabbar, elsayed.
const EN_ARTICLE = /^(?:al|el)(?=[a-z]{3})/;
// A consonant doubled between vowels, as a shadda is heard (abbar, shammari); not the article's
// assimilated letter at the start (eddine) nor a cluster (anssi).
const SHADDA = /^[a-z]*[aeiouy]([b-df-hj-np-tv-z])\1[aeiouy][a-z]*$/;
// French mute e after a consonant (Hassane): not an English spelling.
const FRENCH_E = /[^aeiouy]e$/;
const consonants = (latin: string): string => latin.replace(/[aeiou]/g, "");
const single = (latin: string): string => latin.replace(/(.)\1/g, "$1");

/**
 * Family names with the article whose consonant the unvocalised word doubles (العبار → al-Abbar,
 * الشمري → al-Shammari): the tables show the shadda that the romaniser's rules cannot see. A form
 * is taken only when it is the romaniser's reading with a consonant doubled, so a regional spelling
 * (elnagar for النجار, kadhi for القاضي) or a foreign name in Al- (Alassane) is never taken.
 */
function articleRows(
  wikidata: { en: string; ar: string; count: number }[],
  google: { ar: string; en: string }[],
  opts: TranslitOptions,
): TranslitRow[] {
  const forms = new Map<string, Map<string, number>>();
  const pairs = [...wikidata, ...google.map((g) => ({ ...g, count: 1 }))];
  for (const { en, ar, count } of pairs) {
    const written = en.toLowerCase();
    const stem = written.replace(EN_ARTICLE, "");
    if (stem === written || !SHADDA.test(stem) || FRENCH_E.test(stem) || !opts.key(ar).startsWith("ال"))
      continue;
    const house = consonants(opts.houseStyle?.(ar.slice(2)) ?? "");
    const seen = consonants(stem);
    if (seen === house || single(seen) !== single(house)) continue;
    const key = opts.key(ar);
    const m = forms.get(key) ?? new Map<string, number>();
    m.set(stem, (m.get(stem) ?? 0) + count);
    forms.set(key, m);
  }
  return [...forms].map(([key, m]) => {
    const [stem] = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
    // Written with count 0: a family name is not a given-name word (translit.ts nameCount).
    return { ar: key, en: `al-${capitalise(stem)}`, count: 0 };
  });
}
