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
  // Words with the article are surnames (الكاظمي) the romaniser builds as al- + stem.
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
    const [en, n] = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] as [string, number];
    const own = opts.houseStyle?.(written.get(key) ?? key).toLowerCase();
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
  return [...out.values()].sort((a, b) => (a.ar < b.ar ? -1 : a.ar > b.ar ? 1 : 0));
}
