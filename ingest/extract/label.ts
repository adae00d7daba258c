/** English labels and stable ids for entities the gazetteer does not know. */
import type { Lexicon } from "../lexicon/index.js";
import { normalizeForMatch } from "../text/normalize.js";
import { romanizeName } from "../text/romanize.js";

/** org:iraqi-council-of-ministers — ASCII, lower case, stable for the same label. */
export function slug(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
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

export { romanizeName };
