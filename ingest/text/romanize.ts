/**
 * Readable English for Arabic names: the usual news spelling from romanize-names.json when the
 * name part is known (محمد → Mohammed, بايدن → Biden), then the most frequent English spelling of
 * the word in Wikidata person names (romanize-translit.ts: شون → Sean), otherwise vowelled rules
 * (romanize-rules.ts: الكاظمي → al-Kadhimi). The article stays lowercase "al-" everywhere, as
 * in AP/Reuters style ("Mustafa al-Kadhimi"); every other part is capitalised.
 *
 * @example romanizeName("مصطفى الكاظمي") === "Mustafa al-Kadhimi"
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { InputError } from "../errors.js";
import { remembered } from "./memo.js";
import { normalizeForMatch, stripMarks } from "./normalize.js";
import {
  diminutiveNisba,
  familyDiminutive,
  foreignReadable,
  transliterate,
  transliterateForeign,
} from "./romanize-rules.js";
import { usualSpelling } from "./romanize-translit.js";
import { loadTranslit } from "../lexicon/translit.js";

const Names = z.object({
  source: z.string().min(1),
  givenNames: z.record(z.string().min(1), z.string().min(1)),
  familyNames: z.record(z.string().min(1), z.string().min(1)),
  particles: z.record(z.string().min(1), z.string().min(1)),
  loanwords: z.record(z.string().min(1), z.string().min(1)),
  wholeNames: z.record(z.string().min(1), z.string().min(1)),
});

interface Lexicon {
  /** Whole names of clubs, outlets and companies (wholeKey) → their fixed English name. */
  whole: Map<string, string>;
  /** Folded name (one to three words) → English spelling. */
  names: Map<string, string>;
  /** Folded given name → English spelling (حيدر → Haider). */
  given: Map<string, string>;
  particles: Map<string, string>;
  /** Folded loanwords (تايمز → Times): with the article they read "The" (التايمز → The Times). */
  loanwords: Map<string, string>;
}

let cached: Lexicon | null = null;

/**
 * Matching key of a whole name: matching-normalised, marks dropped, and غ read as ج, since
 * Arabic news writes a foreign g either way (برشلونة، غلطة سراي / جلطة سراي).
 */
function wholeKey(name: string): string {
  return normalizeForMatch(stripMarks(name)).replace(/\s+/g, " ").trim().replace(/غ/g, "ج");
}

function lexicon(): Lexicon {
  if (cached) return cached;
  const url = new URL("./romanize-names.json", import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(url, "utf8"));
  } catch (cause) {
    throw new InputError(`romanize: cannot read ${url.pathname} (fix the JSON syntax)`, { cause });
  }
  const parsed = Names.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      `romanize: romanize-names.json is invalid: ${parsed.error.issues[0]?.message ?? "unknown"}`,
    );
  const names = new Map<string, string>();
  for (const [ar, en] of [
    ...Object.entries(parsed.data.familyNames),
    ...Object.entries(parsed.data.givenNames),
    ...Object.entries(parsed.data.loanwords),
  ])
    names.set(normalizeForMatch(ar), en);
  const particles = new Map(
    Object.entries(parsed.data.particles).map(([ar, en]) => [normalizeForMatch(ar), en]),
  );
  const loanwords = new Map(
    Object.entries(parsed.data.loanwords).map(([ar, en]) => [normalizeForMatch(ar), en]),
  );
  const whole = new Map(Object.entries(parsed.data.wholeNames).map(([ar, en]) => [wholeKey(ar), en]));
  const given = new Map(
    Object.entries(parsed.data.givenNames).map(([ar, en]) => [normalizeForMatch(ar), en]),
  );
  cached = { whole, names, given, particles, loanwords };
  return cached;
}

const ARABIC = /[\u0600-\u06ff]/;
const capitalise = (s: string): string => (s ? (s[0] as string).toUpperCase() + s.slice(1) : s);
const stripArticle = (en: string): string => en.replace(/^(al|el)-/i, "");

/**
 * One token: a listed spelling wins, then ال + rules (الكاظمي → al-Kadhimi). Non-Arabic text is
 * returned as is. In a foreign name (`foreign`), a word no list knows is read with European
 * conventions (جروس → Gros), unless it has a letter only Arabic words have.
 */
export function romanizeWord(word: string, foreign = false): string {
  const w = word.trim().replace(/\u0640/g, "");
  if (!ARABIC.test(w)) return w;
  const lex = lexicon();
  const key = normalizeForMatch(w);
  const known =
    lex.names.get(key) ??
    lex.particles.get(key) ??
    (foreign ? hardG(key) : undefined) ??
    usualSpelling(key) ??
    europeanG(key);
  if (known) return known;
  // التايمز، الغارديان: a loanword with the article is the English "The" (The Times).
  const loan = key.startsWith("ال") ? lex.loanwords.get(key.slice(2)) : undefined;
  if (loan) return `The ${loan}`;
  if (foreign && foreignReadable(key)) {
    // البير: no article in a European name (Albir, as Alberto).
    return capitalise(transliterateForeign(stripMarks(w)));
  }
  // عبدالواحد written joined, as Gulf papers do: Abdulwahid, as those names are spelled in English.
  if (key.startsWith("عبدال") && key.length > 6)
    return "Abdul" + stripArticle(romanizeWord(stripMarks(w).slice(3))).toLowerCase();
  // عبدربه written joined: read as عبد ربه (Abd Rabo), as the compound is spelled apart in English.
  if (/^عبد[^ا]/.test(key) && key.length >= 6) return romanizeName(`عبد ${stripMarks(w).slice(3)}`);
  // ابومحمد written joined: Abu Mohammed, as the kunya is spelled apart in English.
  if (key.startsWith("ابو") && key.length > 5) return `Abu ${romanizeWord(stripMarks(w).slice(3))}`;
  // أليكس، إلياس: a hamza on the alef makes it part of the word, not the article.
  if (stripMarks(w).startsWith("ال") && key.length > 3) {
    // العبدالكريم، الأبوحسن: a family named after a joined compound keeps its spelling (al-Abdulkarim).
    if (/^(عبدال|ابو)./.test(key.slice(2))) return "al-" + romanizeWord(stripMarks(w).slice(2));
    // A surname with the article is Arabic (الستار، الدراجي): not the foreign word spelled alike.
    const stem = key.slice(2);
    const ruled = familyDiminutive(stripMarks(w).slice(2)) ?? transliterate(w.slice(2));
    // الربيعي: the rules know the diminutive nisba's news spelling (Rubaie) better than the table.
    const table = diminutiveNisba(stem) ? undefined : usualSpelling(stem);
    const rest =
      lex.names.get(stem) ?? sameConsonants(table, ruled) ?? sameConsonants(givenNisba(stem), ruled);
    return "al-" + capitalise(stripArticle(rest ?? ruled));
  }
  return capitalise(transliterate(w));
}

// How many times more Wikidata names must use the غ spelling of a word than its ج spelling.
const HARD_G_RATIO = 10;

/**
 * دييجو، دوجلاس، جاري: Egyptian and Gulf papers write a European hard g with ج where others write
 * غ (دييغو، دوغلاس، غاري). In a foreign name, a word with ج takes the spelling of its غ form when
 * the table lacks the ج form, or when Wikidata's names use the غ form far more (Jarry 3, Gary 254).
 */
function hardG(key: string): string | undefined {
  if (!key.includes("ج")) return undefined;
  const g = key.replace(/ج/g, "غ");
  const spelling = usualSpelling(g);
  if (!spelling) return undefined;
  const { nameCount } = loadTranslit();
  const asJ = usualSpelling(key) === undefined ? 0 : Math.max(nameCount.get(key) ?? 0, 1);
  return asJ === 0 || (nameCount.get(g) ?? 0) >= HARD_G_RATIO * asJ ? spelling : undefined;
}

/**
 * جروس، جوميز: a word no list knows whose غ form is a European name read with a hard g (Gross,
 * Gomez), not an Arabic one read gh (غالب Ghalib): the ج is that g, as in hardG, even outside a
 * name that reads as foreign (a lone surname). Not a word with the article, which is Arabic.
 */
function europeanG(key: string): string | undefined {
  if (!key.includes("ج") || key.startsWith("ال")) return undefined;
  const spelling = usualSpelling(key.replace(/ج/g, "غ"));
  return spelling && /g/i.test(spelling) && !/gh/i.test(spelling) ? spelling : undefined;
}

/**
 * الفيصلي، الحيدري: a family nisba of a listed given name ending in a consonant is that name's
 * spelling with -i (al-Faisali, al-Haideri), where the table offers no spelling of the same sound;
 * only with the rules' consonants (الجوني is not John's: al-Jouni).
 */
function givenNisba(stem: string): string | undefined {
  if (stem.length < 4 || !stem.endsWith("ي")) return undefined;
  const given = lexicon().given.get(stem.slice(0, -1));
  return given && /^[A-Z][a-z]+[b-df-hj-np-tv-z]$/.test(given) ? `${given}i` : undefined;
}

/** Consonants of a Latin spelling, a doubled one once: kulaib and kalib both read klb. */
const skeleton = (latin: string): string =>
  latin
    .toLowerCase()
    .replace(/[aeiou]/g, "")
    .replace(/(.)\1/g, "$1");

/**
 * The table's spelling of a family name's stem when it only adds vowels or a doubled consonant to
 * the rules' reading (الكليب → al-Kulaib, الحصين → al-Husain): never a foreign word spelled alike.
 */
function sameConsonants(table: string | undefined, ruled: string): string | undefined {
  // ستار: Starr begins with a cluster, which no Arabic word does.
  const opens = (latin: string): boolean => /^[^aeiou][aeiou]/i.test(latin);
  return table && skeleton(table) === skeleton(ruled) && opens(table) === opens(ruled) ? table : undefined;
}

/** romanizeName()'s results by name, cleared when it holds ROMANIZED_LIMIT names. */
const ROMANIZED = new Map<string, string>();
const ROMANIZED_LIMIT = 20_000;

/**
 * A full name: known runs of up to three words first (عبد الله → Abdullah), then each word.
 * عبد before a definite word reads "Abdul" (عبد المهدي → Abdul Mahdi), as news spells it.
 */
export function romanizeName(arabic: string): string {
  // The same names come back within an article and across articles (a candidate's name is
  // romanised each time it is built): the romanisation depends on the name alone, so it is kept.
  return remembered(ROMANIZED, arabic, ROMANIZED_LIMIT, romanizeNameUncached);
}

function romanizeNameUncached(arabic: string): string {
  const words = arabic.trim().split(/\s+/).filter(Boolean);
  const lex = lexicon();
  // الهلال → Al-Hilal, عكاظ → Okaz: a club, outlet or company with a fixed English name, only
  // when it is the whole name (a person's family name الهلال is romanised like any other part).
  const whole = lex.whole.get(wholeKey(words.join(" ")));
  if (whole) return whole;
  // جيه أل أل، إتش إس بي سي: Latin letters spelled out are an acronym (JLL, HSBC).
  const letters = words.map((w) => LATIN_LETTERS.get(normalizeForMatch(stripMarks(w))));
  if (words.length >= 2 && letters.every((l) => l !== undefined)) return letters.join("");
  const foreign = foreignName(words);
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(3, words.length - i); n >= 2 && !taken; n--) {
      const known = lex.names.get(normalizeForMatch(words.slice(i, i + n).join(" ")));
      if (known) {
        out.push(known);
        taken = n;
      }
    }
    if (taken) {
      i += taken;
      continue;
    }
    const w = words[i] as string;
    const next = words[i + 1];
    if (normalizeForMatch(w) === "عبد" && next && normalizeForMatch(next).startsWith("ال")) {
      out.push("Abdul " + capitalise(stripArticle(romanizeWord(next))));
      i += 2;
      continue;
    }
    const en = romanizeWord(w, foreign);
    // فان، دي: a particle inside a name stays lowercase (Robin van Persie), first it is capitalised.
    out.push(out.length === 0 && lex.particles.has(normalizeForMatch(w)) ? capitalise(en) : en);
    i++;
  }
  return out.join(" ");
}

// The names of the Latin letters as Arabic writes them (matching-normalised).
const LATIN_LETTERS = new Map<string, string>(
  (
    [
      ["ايه A", "بي B", "سي C", "دي D", "اف F", "جي G", "اتش H", "اي I"],
      ["جيه J", "جاي J", "كيه K", "كي K", "ال L", "ام M", "ان N", "او O", "كيو Q", "ار R", "اس S"],
      ["تي T", "يو U", "في V", "دبليو W", "اكس X", "واي Y", "زد Z", "زي Z"],
    ].flat() as string[]
  ).map((p) => p.split(" ") as [string, string]),
);

// Words that make a name Arabic: the article, kinship and kunya words, عبد compounds.
const ARABIC_MARKERS = /^(ال|آل$|بن$|بنت$|ابن$|ابو|ام$|عبد)/;

/**
 * True for a name of two or more words that reads as European: no Arabic marker (the article,
 * بن، أبو، عبد) and a word that looks foreign — a European particle (van, de); a usual English
 * spelling (names list or transliteration table) with a letter Arabic romanisation never writes
 * (c, p, v, x, é, ü: Christian, Kevin, Michael, José) or a g, ch or j where the Arabic rules read
 * j, sh or kh (George, Charles, Jorge); or a foreign Arabic shape (a final -o: Mario, Fargo; -ić;
 * پ ڤ گ).
 */
export function foreignName(words: string[]): boolean {
  if (words.length < 2) return false;
  const keys = words.map((w) => normalizeForMatch(stripMarks(w)));
  if (keys.some((k) => ARABIC_MARKERS.test(k))) return false;
  const lex = lexicon();
  return keys.some((k) => {
    if (/[پڤگ]/.test(k) || /([^اوي]|ي)و$/.test(k) || /.{4}يتش$/.test(k)) return true;
    // فان، فون، دي: the particles of European surnames (van, von, de).
    if (lex.particles.has(k)) return /^(van|von|der|de|da|del|dos|della)$/.test(lex.particles.get(k) ?? "");
    const en = lex.names.get(k) ?? usualSpelling(k);
    if (!en) return false;
    const latin = en.normalize("NFC");
    if (/[cpvx]/i.test(latin) || /[^a-z]/i.test(latin.replace(/[^\p{L}]/gu, ""))) return true;
    const rules = transliterate(k);
    // جورج → George, شارل → Charles, خورخي → Jorge: a European reading of the first letter.
    return (
      (/^g/i.test(latin) && rules.startsWith("j")) ||
      (/^ch/i.test(latin) && rules.startsWith("sh")) ||
      (/^j/i.test(latin) && rules.startsWith("kh"))
    );
  });
}
