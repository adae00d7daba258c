/**
 * Who a written name is: the identity form of its parts, name chains (X بن Y ⊂ X بن Y بن Z آل W),
 * fragments that name nobody (بن عبدالعزيز، آل X), bare given names, and proclitics stuck on a
 * name (وخالد). Pure functions of the lexicon and the name's parts (normalised, compounds joined:
 * identityParts in text/normalize.ts).
 */
import type { GazEntry, Lexicon } from "../lexicon/index.js";

/** بن / ابن / بنت: the next part is the father's name, not a surname. */
const PATRONYMIC = new Set(["بن", "ابن", "بنت"]);
/** آل (normalised ال): the next part is a family (a house), not one person's surname. */
const FAMILY = "ال";
/** Parts a name never starts with: alone they name nobody (بن عبدالعزيز، آل سعود). */
const FRAGMENT_START = new Set([...PATRONYMIC, FAMILY].filter((p) => p !== "ابن"));

/** A word a name never starts with (بن، بنت، آل). */
export function isFragmentStart(key: string): boolean {
  return FRAGMENT_START.has(key);
}

/** بن، ابن، بنت: a father's name follows. */
export function isPatronymic(key: string | undefined): boolean {
  return key !== undefined && PATRONYMIC.has(key);
}

export function isChainParticle(key: string | undefined): boolean {
  return key !== undefined && (PATRONYMIC.has(key) || key === FAMILY);
}

/** The name's parts that are names, not particles (بن، آل). */
export function nameParts(lex: Lexicon, keys: readonly string[]): number {
  return keys.filter((k) => !lex.particles.has(k)).length;
}

/** بن عبدالعزيز, آل سعود, بن: a piece of a chain, never an entity on its own. */
export function isFragment(lex: Lexicon, keys: readonly string[]): boolean {
  return keys.length === 0 || FRAGMENT_START.has(keys[0] as string) || nameParts(lex, keys) === 0;
}

/**
 * A given name, by the lexicon or by its shape: a compound with عبد (عبدالرحمن) or with الله /
 * الدين (نصرالله، نورالدين), written joined or spaced.
 */
export function isGivenName(lex: Lexicon, key: string): boolean {
  if (lex.givenNames.has(key) || lex.givenNames.has(key.replace(/ي$/, "ى"))) return true;
  if (/^عبد..+/.test(key)) return lex.givenNames.has(`عبد ${key.slice(3)}`) || key.length >= 6;
  return /^.{3,}(الله|الدين)$/.test(key);
}

/**
 * Identity of a chain across articles: X بن Y is distinctive on its own, so X بن Y بن Z آل W and
 * X بن Y are one person (the key is the first name and the father's; a house after آل continues
 * the chain, as news names its members by the chain alone). A definite family name ending the
 * chain is not a house: X بن Y بن Z الفلاني is keyed X الفلاني — the first name and the family
 * name, as news names that person in other articles (X الفلاني, the chain left out) — apart from
 * X بن Y and from another family's X بن Y — but for a family word that is a given name with the
 * article (الفيصل), keyed X بن Y الفيصل. A definite name right after بن is a father's
 * (عبدالله بن الحسين). Other names are whole.
 */
export function chainKey(keys: readonly string[], lex?: Lexicon): string[] {
  if (keys.length < 3 || !PATRONYMIC.has(keys[1] as string)) return [...keys];
  const n = keys.length;
  const last = keys[n - 1] as string;
  const before = keys[n - 2] as string;
  const family = n > 3 && isDefinite(last) && !isChainParticle(before);
  if (!family) return keys.slice(0, 3);
  // X بن Y الفيصل: a given name with the article names a father's branch (سعود الفيصل is Saud son
  // of Faisal), so X الفيصل may be another man than X بن Y الفيصل; the father stays in the key.
  if (lex && isGivenName(lex, last.slice(2))) return [...keys.slice(0, 3), last];
  return [keys[0] as string, last];
}

/** الفلاني: a definite word, not the particle آل itself (normalised ال). */
function isDefinite(key: string): boolean {
  return key.startsWith("ال") && key.length > 3;
}

/**
 * `short` is `long` cut after a name part, and names at least two parts (محمد بن نايف): cut before
 * a particle (بن، آل), or anywhere when `short` is itself a chain (X بن Y of X بن Y الفلاني: in one
 * article the family name only leaves out what the chain's key keeps apart across articles).
 */
export function isChainPrefix(lex: Lexicon, short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length || nameParts(lex, short) < 2) return false;
  if (!short.every((k, i) => k === long[i])) return false;
  return isChainParticle(long[short.length]) || isPatronymic(short[1]);
}

/**
 * `short` is the surname of `long` (الكاظمي of مصطفى الكاظمي). A father's name after بن and a
 * house after آل are not surnames: سلمان alone is not محمد بن سلمان.
 */
export function isSurname(lex: Lexicon, short: readonly string[], long: readonly string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  if (!short.every((k, i) => k === long[off + i])) return false;
  return off === 0 || !lex.particles.has(long[off - 1] as string);
}

/**
 * `short` is `long` written with fewer parts: the same first name and surname, the parts between
 * a subset of the long name's, in order (يوسف عبدالله السليمان and يوسف السليمان after يوسف بن
 * سليمان عبدالله السليمان). News writes a full name once and then abridges it.
 */
export function isAbridged(lex: Lexicon, short: readonly string[], long: readonly string[]): boolean {
  const shortParts = short.filter((k) => !lex.particles.has(k));
  const longParts = long.filter((k) => !lex.particles.has(k));
  if (shortParts.length < 2 || shortParts.length >= longParts.length || shortParts.length !== short.length)
    return false;
  if (short[0] !== long[0] || short.at(-1) !== long.at(-1) || !isSurname(lex, short.slice(-1), long))
    return false;
  let k = 1;
  for (const part of shortParts.slice(1, -1)) {
    while (k < longParts.length - 1 && longParts[k] !== part) k++;
    if (k >= longParts.length - 1) return false;
    k++;
  }
  return true;
}

/** The parts spelled as the gazetteer stores them (compounds spaced again). */
function spaced(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const m = /^(عبد)(..+)$/.exec(k) ?? /^(..+?)(الله|الدين)$/.exec(k);
    if (m && !PATRONYMIC.has(k)) out.push(m[1] as string, m[2] as string);
    else out.push(k);
  }
  return out;
}

/**
 * A known person (persons.json) whose name starts this chain, the rest being its continuation
 * (سلمان بن عبدالعزيز آل سعود is سلمان بن عبد العزيز), whichever way the compounds are written.
 */
export function knownChain(lex: Lexicon, keys: readonly string[]): GazEntry | null {
  for (const form of [keys, spaced(keys)]) {
    const m = lex.gazetteer.longest(form[0] as string, (o) => form[o]);
    if (!m || m.value.type !== "Person") continue;
    const rest = form[m.length];
    if (rest !== undefined && !isChainParticle(rest)) continue;
    if (m.length < form.length && nameParts(lex, form.slice(0, m.length)) < 2) continue;
    return m.value;
  }
  return null;
}

/**
 * Letters of a proclitic (و ف ب ل ك, or و/ف + ب ل ك) stuck on the first word of a name, when the
 * rest is a name (`isName`) and the whole word is not (وليد، فهد، بدر، كمال، فيصل، بندر).
 */
export function procliticLength(lex: Lexicon, key: string, isName: (rest: string) => boolean): number {
  if (lex.givenNames.has(key) || lex.givenNames.has(key.replace(/ي$/, "ى"))) return 0;
  for (const n of [1, 2]) {
    const letters = key.slice(0, n);
    if (n === 1 ? !/^[وفبلك]$/.test(letters) : !/^[وف][بلك]$/.test(letters)) continue;
    const rest = key.slice(n);
    if (rest.length >= 3 && !rest.startsWith("ال") && isName(rest)) return n;
  }
  return 0;
}
