/**
 * English for the descriptive part of an institution's name, word by word, where the lexicon has
 * no gloss for the whole phrase: وزراء الداخلية → Interior Ministers, الانتخابات البلدية →
 * Municipal Elections, الجيش الوطني → National Army. Each word (without و، ال، لل) is glossed by
 * the organisation complements and adjectives of the lexicon or by org-words.json; an Arabic
 * construct chain and its adjectives read backwards in English, as compounds do, and و joins
 * chains with "and". A word with no gloss leaves the phrase to the romaniser: a half-translated
 * name is worse than a transliterated one.
 */
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Gloss, Lexicon } from "../lexicon/index.js";
import { phraseKeys, readJsonFile } from "../lexicon/load.js";
import { PhraseTrie } from "../lexicon/trie.js";

const Entry = z.object({ ar: z.string().regex(/[\u0621-\u064a]/), en: z.string().min(1) }).strict();
const File = z.object({
  _source: z.string(),
  nouns: z.array(Entry),
  adjectives: z.array(Entry),
  describedHeads: z.array(Entry),
  attributive: z.array(Entry),
});

interface Words {
  nouns: PhraseTrie<Gloss>;
  adjectives: Map<string, Gloss>;
  /** Head → its English pattern before a description. */
  describedHeads: Map<string, string>;
  attributive: Set<string>;
}

let cached: Words | null = null;

/** Definite key of a word: وزراء → الوزراء, so either form finds a single-word entry. */
const definite = (key: string): string => (key.startsWith("ال") ? key : `ال${key}`);

function words(): Words {
  if (cached) return cached;
  const data = readJsonFile(fileURLToPath(new URL("./org-words.json", import.meta.url)), File);
  const nouns = new PhraseTrie<Gloss>();
  for (const g of data.nouns) {
    const keys = phraseKeys(g.ar);
    nouns.add(keys.length === 1 ? keys.map(definite) : keys, g);
  }
  cached = {
    nouns,
    adjectives: new Map(data.adjectives.map((g) => [definite(phraseKeys(g.ar).join(" ")), g])),
    describedHeads: new Map(data.describedHeads.map((g) => [phraseKeys(g.ar).join(" "), g.en])),
    attributive: new Set(data.attributive.map((g) => phraseKeys(g.ar).join(" "))),
  };
  return cached;
}

/** Named heads (كلية، مستشفى) whose complement may be a description (كلية المجتمع), unlike نادي. */
export function describedHead(key: string): boolean {
  return words().describedHeads.has(key);
}

/**
 * The English pattern of a named head before a description (كلية الطب → College of {X}, معهد
 * الإدارة → Institute of {X}), or null when the complement is a name, has no gloss, or is a
 * description English puts first whatever the head (كلية المجتمع → Community College).
 */
export function describedPattern(lex: Lexicon, head: string, complement: string): string | null {
  const pattern = words().describedHeads.get(phraseKeys(head).join(" "));
  if (!pattern || words().attributive.has(phraseKeys(complement).join(" "))) return null;
  return glossPhrase(lex, complement) === null ? null : pattern;
}

interface Unit {
  en: string;
  adjective: boolean;
  /** The word carried و: it starts a new chain. */
  joined: boolean;
}

/**
 * Readings of one word: as written (لل read as ال), then without a و that joins it to the last,
 * then without a purpose ل.
 */
function readings(norm: string): { key: string; joined: boolean }[] {
  const key = (w: string): string => (w.startsWith("لل") ? `ال${w.slice(2)}` : w);
  const out = [{ key: key(norm), joined: false }];
  if (/^و.{3}/.test(norm)) out.push({ key: key(norm.slice(1)), joined: true });
  // لتوطين الوظائف: a purpose ل before an indefinite noun in construct (Jobs Localization).
  if (/^ل[^ل].{2}/.test(norm)) out.push({ key: `ال${norm.slice(1)}`, joined: false });
  return out;
}

/** English of an institution's descriptive phrase, or null when some word has no gloss. */
export function glossPhrase(lex: Lexicon, arabic: string): string | null {
  const keys = phraseKeys(arabic);
  if (keys.length === 0) return null;
  const w = words();
  const units: Unit[] = [];
  const next =
    (i: number) =>
    (o: number): string | undefined =>
      keys[i + o];
  for (let i = 0; i < keys.length;) {
    let found = false;
    for (const { key, joined } of readings(keys[i] as string)) {
      // Phrases are stored as written (حقوق الإنسان، الأمن القومي), single words definite.
      const known = definite(key);
      const rest = next(i);
      const phrase = [
        lex.complements.longest(key, rest),
        known === key ? undefined : lex.complements.longest(known, rest),
        w.nouns.longest(key, rest),
        known === key ? undefined : w.nouns.longest(known, rest),
      ].reduce((best, m) => (m && (!best || m.length > best.length) ? m : best), null);
      const adj = phrase
        ? undefined
        : (lex.adjectives.get(known) ?? w.adjectives.get(known) ?? demonym(lex, known));
      if (!phrase && !adj) continue;
      units.push({ en: phrase ? phrase.value.en : (adj as Gloss).en, adjective: !phrase, joined });
      i += phrase ? phrase.length : 1;
      found = true;
      break;
    }
    if (!found) return null;
  }
  return english(units);
}

/** التركية → Turkish: a country's nisba (masculine in the gazetteer) glossed as its demonym. */
function demonym(lex: Lexicon, key: string): Gloss | undefined {
  const bare = key.slice(2);
  for (const k of [bare, bare.replace(/ه$/, "")]) {
    const m = lex.gazetteer.longest(k, () => undefined)?.value;
    const country = m?.source === "nisba" && m.country ? lex.countries.get(m.country) : undefined;
    if (country?.demonym) return { ar: key, en: country.demonym };
  }
  return undefined;
}

/** Chains read backwards; a chain of adjectives after و joins the adjectives before it. */
function english(units: Unit[]): string {
  const chains: Unit[][] = [];
  for (const u of units) {
    const last = chains[chains.length - 1];
    if (!last || u.joined) chains.push([u]);
    else last.push(u);
  }
  const out: string[][] = [];
  chains.forEach((chain, n) => {
    const en = [...chain].reverse().map((u) => u.en);
    const prev = out[out.length - 1];
    // الشؤون البلدية والقروية: Municipal and Rural Affairs.
    const before = chains[n - 1];
    if (prev && before && chain.every((u) => u.adjective)) {
      const at = [...before].reverse().findIndex((u) => !u.adjective);
      const [first, ...rest] = (prev[0] as string).split(" ");
      // الشؤون الدينية is one phrase of the lexicon (Religious Affairs): its adjective is its first word.
      if (at === 0 && rest.length > 0) prev[0] = [first, "and", ...en, ...rest].join(" ");
      else prev.splice(at <= 0 ? prev.length : at, 0, "and", ...en);
      return;
    }
    out.push(en);
  });
  return sayOnce(out.map((chain) => chain.join(" ")).join(" and "));
}

/** الشؤون + الخارجية (Foreign Affairs): a word that ends one gloss and starts the next is said once. */
export function sayOnce(label: string): string {
  return label.replace(/\b([A-Z][a-z]+) \1\b/g, "$1");
}
