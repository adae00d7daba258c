/**
 * Loads and validates the value lexicons (months, weekdays, date words, numbers, currencies) once.
 * Every form is folded like the text, so lookups compare folded strings.
 */
import { InputError } from "../errors.js";
import { foldWord } from "./fold.js";
import {
  CurrenciesFile,
  DateWordsFile,
  load,
  MonthsFile,
  NumbersFile,
  WeekdaysFile,
} from "./lexicon-schema.js";
function index<E>(entries: Iterable<[string, E]>): Map<string, E> {
  const m = new Map<string, E>();
  for (const [k, v] of entries) if (!m.has(foldWord(k))) m.set(foldWord(k), v);
  return m;
}

/** A set as a map, so clitic-aware lookup() works on it. */
function flags(words: string[]): Map<string, true> {
  return index(words.map((w) => [w, true] as [string, true]));
}

export interface MonthForm {
  month: number;
  /** Folded tokens of the name (كانون الثاني → two tokens). */
  tokens: string[];
  needsContext: boolean;
}
export interface Weekday {
  weekday: number;
  /** Previous words that make the name an ordinary word (صلاة الجمعة, بين الاثنين). */
  notAfter: Set<string>;
  notAfterEndings: string[];
  notBefore: Set<string>;
}
export interface ScaleWord {
  value: number;
  /** How many units the word stands for when no number precedes it (dual = 2). */
  alone: number;
}
export interface CurrencyNoun {
  id: string;
  default: string | null;
  /** Adjective token sequences (folded, all generated inflections) → ISO code. */
  adjectives: { tokens: string[]; code: string }[];
}

/** Inflections of a nisba adjective: عراقي عراقيا عراقيه العراقي العراقيه عراقيين. */
function adjectiveForms(adj: string): string[] {
  const a = foldWord(adj);
  if (a.includes(" ") || !a.endsWith("ي")) return [a];
  return [a, a + "ا", a + "ه", "ال" + a, "ال" + a + "ه", a + "ين"];
}

function build() {
  const months = load("./months.json", MonthsFile);
  const weekdays = load("./weekdays.json", WeekdaysFile);
  const dw = load("./date-words.json", DateWordsFile);
  const num = load("./numbers.json", NumbersFile);
  const cur = load("./currencies.json", CurrenciesFile);

  const monthForms = new Map<string, MonthForm[]>();
  for (const m of months.months)
    for (const f of m.forms) {
      const tokens = foldWord(f).split(" ");
      const list = monthForms.get(tokens[0] as string) ?? [];
      list.push({ month: m.month, tokens, needsContext: m.needsContext === true });
      list.sort((a, b) => b.tokens.length - a.tokens.length);
      monthForms.set(tokens[0] as string, list);
    }

  const scales = new Map<string, ScaleWord>();
  const scalesAfterNumber = new Map<string, number>();
  for (const s of num.scales) {
    for (const f of s.dual) scales.set(foldWord(f), { value: s.value, alone: 2 });
    for (const f of s.singular)
      if (!scales.has(foldWord(f))) scales.set(foldWord(f), { value: s.value, alone: 1 });
    for (const f of [...s.singular, ...s.dual, ...s.plural]) scalesAfterNumber.set(foldWord(f), s.value);
  }

  const nouns = new Map<string, CurrencyNoun>();
  for (const n of cur.nouns) {
    const entry: CurrencyNoun = { id: n.id, default: n.default, adjectives: [] };
    for (const c of cur.currencies.filter((c) => c.noun === n.id))
      for (const adj of c.adjectives)
        for (const a of adjectiveForms(adj)) entry.adjectives.push({ tokens: a.split(" "), code: c.code });
    entry.adjectives.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const f of n.forms) {
      const w = foldWord(f);
      nouns.set(w, entry);
      // Accusative tanween alif (دولاراً، جنيهاً), never after ta marbuta (ليرة) or a final vowel (يورو).
      if (!/[ةاوى]$/.test(f)) nouns.set(w + "ا", entry);
    }
  }
  for (const c of cur.currencies)
    if (!cur.nouns.some((n) => n.id === c.noun))
      throw new InputError(`values: currency ${c.code} names unknown noun "${c.noun}" in currencies.json`);

  const lex = {
    monthForms,
    weekdays: index(
      weekdays.weekdays.flatMap((w) => {
        const entry: Weekday = {
          weekday: w.weekday,
          notAfter: new Set((w.notAfter ?? []).map(foldWord)),
          notAfterEndings: (w.notAfterEndings ?? []).map(foldWord),
          notBefore: new Set((w.notBefore ?? []).map(foldWord)),
        };
        return w.forms.map((f) => [f, entry] as [string, Weekday]);
      }),
    ),
    relative: index(dw.relative.map((r) => [r.form, r.relative] as [string, typeof r.relative])),
    units: index(dw.units.map((u) => [u.form, u.unit] as [string, typeof u.unit])),
    demonstratives: flags(dw.demonstratives.map((d) => d.form)),
    qualifiers: index(dw.qualifiers.map((q) => [q.form, q.qualifier] as [string, typeof q.qualifier])),
    yearWords: flags(dw.yearWords.map((d) => d.form)),
    monthWords: flags(dw.monthWords.map((d) => d.form)),
    dayWords: index(dw.dayWords.map((d) => [d.form, d.offset] as [string, number])),
    dayPrefixes: index(
      dw.dayPrefixes.map((d) => [d.form, { offset: d.offset, then: foldWord(d.then) }] as const),
    ),
    daySuffixes: index(
      dw.daySuffixes.map((d) => [d.form, { offset: d.offset, after: foldWord(d.after) }] as const),
    ),
    weekdayLicensors: flags(dw.weekdayLicensors.map((d) => d.form)),
    monthLicensors: flags(dw.monthLicensors.map((d) => d.form)),
    yearNounsNotDates: new Set(dw.yearNounsNotDates.forms.map(foldWord)),
    todayNotAfter: new Set(dw.todayNotDate.before.map(foldWord)),
    units1: index(num.units.flatMap((u) => u.forms.map((f) => [f, u.value] as [string, number]))),
    teen: new Set(num.teen.forms.map(foldWord)),
    tens: index(num.tens.flatMap((u) => u.forms.map((f) => [f, u.value] as [string, number]))),
    hundreds: index(num.hundreds.flatMap((u) => u.forms.map((f) => [f, u.value] as [string, number]))),
    fractions: index(num.fractions.flatMap((u) => u.forms.map((f) => [f, u.value] as [string, number]))),
    scales,
    scalesAfterNumber,
    latinScales: new Map(
      num.latinScales.flatMap((u) => u.forms.map((f) => [f.toLowerCase(), u.value] as const)),
    ),
    approximators: index(num.approximators.map((a) => [a.form, a.bound] as [string, typeof a.bound])),
    currencyNouns: nouns,
    symbols: new Map(cur.symbols.map((s) => [s.symbol, s.code] as const)),
    latinNouns: new Map(cur.latinNouns.map((s) => [s.form.toLowerCase(), s.code] as const)),
  };
  const maps: ReadonlyMap<string, unknown>[] = [
    lex.monthForms,
    lex.weekdays,
    lex.units,
    lex.demonstratives,
    lex.qualifiers,
    lex.yearWords,
    lex.monthWords,
    lex.dayWords,
    lex.dayPrefixes,
    lex.weekdayLicensors,
    lex.units1,
    lex.tens,
    lex.hundreds,
    lex.fractions,
    lex.scales,
    lex.latinScales,
  ];
  return { ...lex, starters: starters(maps) };
}

/**
 * Every folded word that can begin a value. The scanner skips any word none of whose clitic
 * readings is here, so ordinary prose (most tokens) costs one lookup per clitic reading.
 */
function starters(maps: ReadonlyMap<string, unknown>[]): Map<string, true> {
  const out = new Map<string, true>([["US", true]]);
  for (const m of maps) for (const k of m.keys()) out.set(k, true);
  return out;
}

export type Lexicon = ReturnType<typeof build>;

let cached: Lexicon | null = null;

/** The validated lexicons, loaded on first use. */
export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}
