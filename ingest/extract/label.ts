/** English labels and stable ids for entities the gazetteer does not know. */
import type { Lexicon } from "../lexicon/index.js";
import { normalizeForMatch } from "../text/normalize.js";
import { romanizeName } from "../text/romanize.js";
import { glossPhrase } from "./gloss.js";

// Printable ASCII, which Unicode decomposition leaves unchanged.
const ASCII = /^[ -~]*$/;

/** org:iraqi-council-of-ministers — ASCII, lower case, stable for the same label. */
export function slug(label: string): string {
  // Most labels are plain ASCII, which decomposition leaves as it is: only the rest is decomposed.
  const letters = ASCII.test(label) ? label : label.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return letters
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** FNV-1a 32-bit, hex: a short stable digest of a normalised name. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** person:<hash of the normalised full name>: the same name in two articles gets the same id. */
export function personId(name: string): string {
  return `person:${hash(normalizeForMatch(name).replace(/\s+/g, " ").trim())}`;
}

/** Id from an English label, falling back to a digest of the Arabic when the label has no ASCII. */
export function labelId(prefix: string, en: string, ar: string): string {
  const s = slug(en);
  return `${prefix}:${s || hash(normalizeForMatch(ar))}`;
}

/**
 * English for a person's name: spelled-out initials and regnal numbers from names.json
 * (دبليو → W., الثاني → II), every other run of parts through the romaniser (which knows
 * compound names such as عبد الله).
 */
export function personEn(lex: Lexicon, parts: string[]): string {
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length) out.push(romanizeName(run.join(" ")));
    run = [];
  };
  for (const part of parts) {
    const letter = lex.letters.get(normalizeForMatch(part));
    if (letter && out.length + run.length > 0) {
      flush();
      out.push(letter);
    } else run.push(part);
  }
  flush();
  return out.filter((p) => p.length > 0).join(" ");
}

/** English of a phrase that describes an institution, or its romanisation when a word has no gloss. */
export function describeEn(lex: Lexicon, arabic: string): string {
  return glossPhrase(lex, arabic) ?? romanizeName(arabic);
}

/**
 * English of an organisation's complement parts: the lexicon's glosses, else the parts glossed
 * together word by word, so that a construct chain comes out in English order (وزراء + الداخلية
 * → Interior Ministers), else each part glossed or romanised. A purpose part (للسياحة) keeps its
 * place after the chain, so parts with one are never glossed together.
 */
export function complementEn(lex: Lexicon, parts: { text: string; en: string | null }[]): string {
  if (parts.every((p) => p.en !== null)) return parts.map((p) => p.en).join(" ");
  const whole = parts.some((p) => p.text.startsWith("ل"))
    ? null
    : glossPhrase(lex, parts.map((p) => p.text).join(" "));
  return whole ?? parts.map((p) => p.en ?? describeEn(lex, p.text)).join(" ");
}

export { romanizeName };
