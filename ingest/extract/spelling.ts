/**
 * One spelling for the name words news writes several ways (ميشال / ميشيل, مورتيمر / مورتيمير):
 * a foreign name's vowels are written with or without ا و ي at will. Used only for a person's id
 * across articles, never for the name shown.
 */
import type { Lexicon } from "../lexicon/index.js";
import { loadTranslit } from "../lexicon/translit.js";

/** Letters of Arabic names only (a foreign name is written without them): حامد is not حميد. */
const ARABIC_ONLY = /[حعصضطظقثذ]/u;
const VOWEL_LETTERS = /[اوي]/gu;

let cached: Map<string, string> | null = null;

/**
 * Word → the spelling it is keyed by: among the words translit.tsv gives the same English
 * spelling and that differ only in ا و ي, the one Wikidata person names use most.
 */
function canonicalSpellings(): Map<string, string> {
  if (cached) return cached;
  const { spelling, nameCount } = loadTranslit();
  const groups = new Map<string, string[]>();
  for (const [ar, en] of spelling) {
    if (ARABIC_ONLY.test(ar)) continue;
    const skeleton = ar.replace(VOWEL_LETTERS, "");
    if (skeleton.length < 2) continue;
    const key = `${en}\t${skeleton}`;
    const list = groups.get(key);
    if (list) list.push(ar);
    else groups.set(key, [ar]);
  }
  const map = new Map<string, string>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const uses = (w: string): number => nameCount.get(w) ?? 0;
    const [best] = [...list].sort((a, b) => uses(b) - uses(a) || (a < b ? -1 : a > b ? 1 : 0));
    for (const w of list) if (w !== best && best !== undefined) map.set(w, best);
  }
  cached = map;
  return map;
}

/**
 * The spelling an identity key is compared by across articles. A word of the given-name list
 * (names.json) takes another spelling only when the list gives both the same English (ميشال and
 * ميشيل are Michel): otherwise it is a name of its own. A word translit.tsv has no variant of
 * stays itself.
 *
 * @example canonicalSpelling(lex, "ميشال") === "ميشيل"
 */
export function canonicalSpelling(lex: Lexicon, key: string): string {
  const best = canonicalSpellings().get(key);
  if (best === undefined) return key;
  const given = (w: string): string | undefined =>
    lex.givenNames.get(w) ?? lex.givenNames.get(w.replace(/ي$/u, "ى"));
  const en = given(key);
  return en === undefined || given(best) === en ? best : key;
}

/** Vowel letters and hamza seats, which a foreign name's spelling adds or leaves out at will. */
const VOWELS_AND_HAMZA = /[اويىءأإآؤئ]/gu;
/** G is written ج or غ (سيرجي، سيرغي; جوميز، غوميز). */
const G_LETTERS = /غ/gu;

/**
 * Whether two matching-normalised words are one foreign name spelt two ways (ادين / ايدين،
 * سيرجي / سيرغي): equal once vowel letters and hamza seats are left out and G is one letter.
 * A word with a letter of Arabic names only (سعيد، سعد) is an Arabic name, whose vowel letters
 * tell names apart: it matches itself only; so does a skeleton of one letter. Two words of the
 * given-name list with different English (سلمان، سليمان) differ in their vowels too: only G may
 * tell them apart.
 *
 * @example sameForeignName(lex, "سيرجي", "سيرغي") === true
 */
export function sameForeignName(lex: Lexicon, a: string, b: string): boolean {
  if (a === b) return true;
  if (ARABIC_ONLY.test(a) || ARABIC_ONLY.test(b)) return false;
  const g = (w: string): string => w.replace(G_LETTERS, "ج");
  const given = (w: string): string | undefined =>
    lex.givenNames.get(w) ?? lex.givenNames.get(w.replace(/ي$/u, "ى"));
  const [ea, eb] = [given(a), given(b)];
  if (ea !== undefined && eb !== undefined && ea !== eb) return g(a) === g(b);
  const skeleton = (w: string): string => g(w.replace(VOWELS_AND_HAMZA, ""));
  const sa = skeleton(a);
  return sa.length >= 2 && sa === skeleton(b);
}
