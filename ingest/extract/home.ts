/**
 * The country a newspaper does not name: المملكة (the kingdom), البلاد / البلد / الدولة (the
 * country). Such a word is a mention of a country only when the article says which one:
 *
 * 1. the dateline (`الرياض:`، `الكاتب - الصحيفة - جدة:`، `عمّان - `) names a city or capital
 *    whose country is the home country — for المملكة only when that country is a kingdom;
 * 2. otherwise the evidence holds exactly one country (for المملكة: exactly one kingdom): the
 *    countries the article has named BEFORE the word (one named after it may be a partner:
 *    المملكة تدعم الأردن), and the countries of the cities, regions, national bodies and office
 *    holders it names anywhere (منطقة عسير، مجلس الشورى السعودي، خادم الحرمين الشريفين); for
 *    المملكة also the names only one kingdom has, anywhere (مجلس الشورى، هيئة الاتصالات وتقنية
 *    المعلومات، التحالف العربي، an amount in riyals: 5 ملايين ريال — Saudi Arabia's).
 *
 * Without such evidence the word stays unlinked: a foreign story's البلاد is not the paper's home.
 * A word inside a longer name (المملكة المتحدة, already a mention) or a generic use (وزير الدولة,
 * الدولة التي…, البلاد العربية) is never linked.
 *
 * A state-naming title before its ruler's title (خادم الحرمين الشريفين الملك …) adds the state
 * as an entity even when no word names it, with no mention: the ruler leads it (relate).
 */
import { fileURLToPath } from "node:url";
import { phraseKeys, readJsonFile } from "../lexicon/load.js";
import type { Lexicon } from "../lexicon/index.js";
import { HomeCountryFile } from "../lexicon/schema.js";
import type { Entity, Mention } from "../model.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";

interface HomeLexicon {
  /** Normalised word → true when it can only mean a kingdom. */
  words: Map<string, boolean>;
  kingdoms: Set<string>;
  notAfter: Set<string>;
  notBefore: Set<string>;
  /** Phrases naming their state (خادم الحرمين الشريفين): word keys, the country id, the key of
   * the ruler's title that may follow (الملك). */
  statePhrases: FirstWordIndex<{ keys: string[]; country: string; holder: string | null }>;
  /** Names only one kingdom has (مجلس الشورى، ريال after an amount): evidence for المملكة. */
  kingdomCues: FirstWordIndex<{ keys: string[]; country: string; afterAmount: boolean }>;
  /** Number words an amount may end in before its currency (مليون ريال). */
  amountWords: Set<string>;
}

/** Phrases in file order, and the positions of those each first word opens. */
interface FirstWordIndex<T extends { keys: string[] }> {
  all: T[];
  byFirst: Map<string, number[]>;
}

function indexByFirstWord<T extends { keys: string[] }>(all: T[]): FirstWordIndex<T> {
  const byFirst = new Map<string, number[]>();
  all.forEach((p, n) => {
    const first = p.keys[0] as string;
    const list = byFirst.get(first);
    if (list) list.push(n);
    else byFirst.set(first, [n]);
  });
  return { all, byFirst };
}

/**
 * The phrases of `index` that stand at token `i` (a proclitic allowed on the first word), in file
 * order: one probe per reading of the token, not one per phrase.
 */
function phrasesAt<T extends { keys: string[] }>(tokens: Token[], i: number, index: FirstWordIndex<T>): T[] {
  const t = tokens[i];
  if (t?.kind !== "word") return [];
  let at: number[] = [];
  for (const r of readingsOf(t)) {
    const opened = index.byFirst.get(r.key);
    if (opened) at = at.length === 0 ? opened : [...new Set([...at, ...opened])].sort((a, b) => a - b);
  }
  return at.map((n) => index.all[n] as T).filter((p) => phraseAt(tokens, i, p.keys));
}

let cached: HomeLexicon | null = null;

function homeLexicon(): HomeLexicon {
  if (cached) return cached;
  const f = readJsonFile(fileURLToPath(new URL("./home-country.json", import.meta.url)), HomeCountryFile);
  const key = (ar: string): string => phraseKeys(ar).join(" ");
  cached = {
    words: new Map(f.words.map((w) => [key(w.ar), w.kingdom ?? false])),
    kingdoms: new Set(f.kingdoms.map((c) => `country:${c}`)),
    notAfter: new Set(f.notAfter.map((g) => key(g.ar))),
    notBefore: new Set(f.notBefore.map((g) => key(g.ar))),
    statePhrases: indexByFirstWord(
      f.statePhrases.map((p) => ({
        keys: phraseKeys(p.ar),
        country: `country:${p.country}`,
        holder: p.holderTitle ? key(p.holderTitle) : null,
      })),
    ),
    kingdomCues: indexByFirstWord(
      f.kingdomCues.map((p) => ({
        keys: phraseKeys(p.ar),
        country: `country:${p.country}`,
        afterAmount: p.afterAmount ?? false,
      })),
    ),
    amountWords: new Set(f.amountWords.map((g) => key(g.ar))),
  };
  return cached;
}

/** المملكة، البلاد، الدولة (a matching key): a word for a country the newspaper does not name. */
export function isHomeWord(key: string): boolean {
  return homeLexicon().words.has(key);
}

// A dateline is at the very start of the article: `X:` within its first words.
const DATELINE_TOKENS = 15;
const DASH = /^[-–—ـ]$/;

/** The words of a phrase from token `i` on (a proclitic allowed on the first: لخادم الحرمين). */
function phraseAt(tokens: Token[], i: number, keys: string[]): boolean {
  return keys.every((k, n) => {
    const t = tokens[i + n];
    return t?.kind === "word" && readingsOf(t).some((r) => r.key === k);
  });
}

/** The number of words of a state-naming phrase (خادم الحرمين الشريفين) at token `i`, or 0. */
export function statePhraseAt(tokens: Token[], i: number): number {
  return phrasesAt(tokens, i, homeLexicon().statePhrases)[0]?.keys.length ?? 0;
}

type MapSpan = (start: number, end: number) => { start: number; end: number; text: string };

/** Collects home-country words and dateline places sentence by sentence (cleaned offsets). */
export class HomeWords {
  /** start, end, 1 when the word means a kingdom, flat. */
  private readonly found: number[] = [];
  /** Cleaned spans of words that may be the dateline's place, flat. */
  private readonly dateline: number[] = [];
  private sawWords = false;
  /** Countries a state-naming phrase (خادم الحرمين الشريفين) stands for, anywhere in the article. */
  private readonly states = new Set<string>();
  /** Countries whose ruler the article names by such a phrase (خادم الحرمين الشريفين الملك). */
  private readonly ruled = new Set<string>();
  /** Kingdoms a name only they have (مجلس الشورى، مليون ريال) stands for: evidence for المملكة. */
  private readonly kingdomStates = new Set<string>();

  scan(tokens: Token[]): void {
    const lex = homeLexicon();
    if (!this.sawWords && tokens.some((t) => t.kind === "word")) {
      this.sawWords = true;
      this.datelineOf(tokens);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== "word") continue;
      for (const p of phrasesAt(tokens, i, lex.statePhrases)) {
        if (this.ruled.has(p.country)) continue;
        this.states.add(p.country);
        const after = tokens[i + p.keys.length];
        if (p.holder && after?.kind === "word" && after.norm === p.holder) this.ruled.add(p.country);
      }
      for (const p of phrasesAt(tokens, i, lex.kingdomCues))
        if (!this.kingdomStates.has(p.country) && (!p.afterAmount || this.amountBefore(tokens, i)))
          this.kingdomStates.add(p.country);
      const r = readingsOf(t).find((x) => lex.words.has(x.key));
      if (!r || !this.linkable(tokens, i)) continue;
      this.found.push(t.start + surfaceOffset(t.text, r.prefix), t.end, lex.words.get(r.key) ? 1 : 0);
    }
  }

  /** 5 ريالات، 3 ملايين ريال، مليار ريال: a number or a number word right before token `i`. */
  private amountBefore(tokens: Token[], i: number): boolean {
    const prev = tokens[i - 1];
    if (prev?.kind === "number") return true;
    return prev?.kind === "word" && readingsOf(prev).some((r) => homeLexicon().amountWords.has(r.key));
  }

  /** الرياض: … / الكاتب - الصحيفة - الرياض: … / الرياض - واس: the place before the colon or dash. */
  private datelineOf(tokens: Token[]): void {
    const limit = Math.min(tokens.length, DATELINE_TOKENS);
    for (let k = 1; k < limit; k++) {
      const t = tokens[k] as Token;
      if (t.text !== ":" && !(DASH.test(t.text) && k <= 2)) continue;
      for (const back of [1, 2]) {
        const w = tokens[k - back];
        if (w?.kind === "word") this.dateline.push(w.start, w.end);
      }
      if (t.text === ":") return;
    }
  }

  private linkable(tokens: Token[], i: number): boolean {
    const lex = homeLexicon();
    const prev = tokens[i - 1];
    if (prev?.kind === "word" && readingsOf(prev).some((r) => lex.notAfter.has(r.key))) return false;
    const next = tokens[i + 1];
    if (next?.kind !== "word") return true;
    if (lex.notBefore.has(next.norm)) return false;
    // المملكة المغربية، البلاد العربية، الدولة الإسلامية: a nisba makes it a name or a plural.
    return !(next.norm.startsWith("ال") && next.norm.endsWith("يه"));
  }

  /** The entities with the home words added as mentions of the country the article makes clear. */
  apply(entities: Entity[], lex: Lexicon, map: MapSpan): Entity[] {
    if (this.found.length === 0 && this.ruled.size === 0) return entities;
    const home = homeLexicon();
    const overlaps = (m: Mention, s: { start: number; end: number }): boolean =>
      m.start < s.end && s.start < m.end;
    const countryOf = (e: Entity): string | null => {
      if (e.type === "Country") return e.id;
      const c = e.type === "Person" ? e.properties.roleOf : e.properties.country;
      return typeof c === "string" && c.startsWith("country:") ? c : null;
    };
    let datelined: string | null = null;
    for (let i = 0; i < this.dateline.length && !datelined; i += 2) {
      const span = map(this.dateline[i] as number, this.dateline[i + 1] as number);
      const place = entities.find(
        (e) => (e.type === "City" || e.type === "Country") && e.mentions.some((m) => overlaps(m, span)),
      );
      if (place) datelined = countryOf(place);
    }
    // Country → where the article first gives evidence of it.
    const evidence = new Map<string, number>();
    for (const e of entities) {
      const c = countryOf(e);
      // A country named after the word may be a partner (المملكة تدعم الأردن); a place or a
      // national body named anywhere says where the story happens.
      const at = e.type === "Country" ? (e.mentions[0]?.start ?? Infinity) : -1;
      if (c) evidence.set(c, Math.min(at, evidence.get(c) ?? Infinity));
    }
    // خادم الحرمين الشريفين: a title that names its state says where the story happens, as a national body.
    for (const c of this.states) evidence.set(c, -1);
    // مجلس الشورى، مليون ريال: a name only one kingdom has, for المملكة only.
    const kingdomEvidence = new Map(evidence);
    for (const c of this.kingdomStates) kingdomEvidence.set(c, -1);
    const pick = (kingdom: boolean, at: number): string | null => {
      if (datelined && (!kingdom || home.kingdoms.has(datelined))) return datelined;
      const fits = [...(kingdom ? kingdomEvidence : evidence)].filter(
        ([c, first]) => first < at && (!kingdom || home.kingdoms.has(c)),
      );
      return fits.length === 1 ? (fits[0]?.[0] ?? null) : null;
    };
    const byId = new Map(entities.map((e) => [e.id, e]));
    const added: Entity[] = [];
    const countryEntity = (id: string): Entity | null => {
      const known = byId.get(id);
      if (known) return known;
      const info = lex.countries.get(id.slice("country:".length));
      if (!info) return null;
      const e: Entity = {
        id,
        type: "Country",
        name: info.ar,
        nameEn: info.en,
        aliases: [],
        mentions: [],
        properties: {},
      };
      e.properties.code = id.slice("country:".length);
      byId.set(id, e);
      added.push(e);
      return e;
    };
    for (let i = 0; i < this.found.length; i += 3) {
      const m = map(this.found[i] as number, this.found[i + 1] as number);
      const id = pick(this.found[i + 2] === 1, m.start);
      if (!id) continue;
      if (entities.some((e) => e.mentions.some((x) => overlaps(x, m)))) continue;
      countryEntity(id)?.mentions.push(m);
    }
    // خادم الحرمين الشريفين الملك X: the state X leads, named by no word of the article.
    for (const id of this.ruled) countryEntity(id);
    for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
    if (added.length === 0) return entities;
    // A state named by no word goes last.
    const first = (e: Entity): number => e.mentions[0]?.start ?? Infinity;
    return [...entities, ...added].sort((a, b) => (first(a) === first(b) ? 0 : first(a) - first(b)));
  }
}
