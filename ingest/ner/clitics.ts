import { normalizeForMatch } from "../text/normalize.js";

/**
 * Proclitic analysis for features and lookup only: the word as written is never changed.
 * ANERcorp (and news text) is not clitic-segmented, so "والعراق" and "العراق" must share a
 * feature. We strip one conjunction (و ف), one preposition (ب ك ل) and the article (ال, with
 * لل → ل+ال), keeping at least two letters of stem; never suffixes, which are part of names.
 */
export interface CliticAnalysis {
  /** The matching-normalised form. */
  norm: string;
  /** Without conjunction and preposition, article kept: "وبالعراق" → "العراق". */
  stem: string;
  /** Without the article too: "وبالعراق" → "عراق". */
  core: string;
  /** The stripped proclitics in order, e.g. "و+ب+ال", or "" when none. */
  clitics: string;
  /**
   * Every reading worth a lookup, most stripped first. A first و or ب may be a clitic or the
   * first letter of the word (وزارة، بغداد), so the readings that keep it are tried too.
   */
  keys: string[];
}

const CONJ = new Set(["و", "ف"]);
const PREP = new Set(["ب", "ك", "ل"]);
const MIN_STEM = 2;

function stripArticle(word: string): string {
  return word.startsWith("ال") && word.length >= MIN_STEM + 2 ? word.slice(2) : word;
}

/** Strips a preposition: always before the article, and (for `bare`) before a bare noun too. */
function stripPrep(word: string, bare: boolean): { rest: string; prep: string } {
  if (word.startsWith("لل") && word.length > MIN_STEM + 2) {
    // لل is ل + ال with the alef dropped in writing.
    return { rest: "ا" + word.slice(1), prep: "ل" };
  }
  const first = word[0] ?? "";
  if (word.length > MIN_STEM + 1 && PREP.has(first) && (bare || word.startsWith("ال", 1))) {
    return { rest: word.slice(1), prep: first };
  }
  return { rest: word, prep: "" };
}

export function analyzeClitics(word: string): CliticAnalysis {
  const norm = normalizeForMatch(word);
  const conj = norm.length > MIN_STEM + 1 && CONJ.has(norm[0] ?? "") ? (norm[0] ?? "") : "";
  const afterConj = conj ? norm.slice(1) : norm;
  const { rest: stem, prep } = stripPrep(afterConj, false);
  const core = stripArticle(stem);
  const parts = [conj, prep, core !== stem ? "ال" : ""].filter((p) => p !== "");
  const keys = new Set([core, stripArticle(stripPrep(norm, false).rest)]);
  if (!prep && core === stem) keys.add(stripPrep(afterConj, true).rest);
  keys.add(stripArticle(norm));
  keys.add(norm);
  return { norm, stem, core, clitics: parts.join("+"), keys: [...keys] };
}

/** A hamza or madda on the first alef marks a name's own letters (إلياس، ألبرت، آلاء), never the article. */
const HAMZA_ALEF_L = /^[\u0623\u0625\u0622]\p{M}*\u0644/u;

/**
 * The lookup key of a word in a word list, where it is written without clitics: only the
 * article goes ("الوزارة" → "وزاره"), so list words starting with و or ب keep their letter.
 * "إلهام" keeps its "ال" (else it would read "هام", important); text words still match it
 * through their unstripped reading.
 */
export function listKey(word: string): string {
  const norm = normalizeForMatch(word);
  return HAMZA_ALEF_L.test(word.trim()) ? norm : stripArticle(norm);
}
