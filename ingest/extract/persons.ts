/**
 * Person resolution: a surname joins its full name (بايدن → جو بايدن), a bare title joins the
 * person who holds it (الرئيس الأميركي), and surnames are searched once more over the whole
 * article so mentions before the full name are found too.
 */
import type { Lexicon } from "../lexicon/index.js";
import { identityParts, normalizeForMatch } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import {
  chainKey,
  isAbridged,
  isChainParticle,
  isChainPrefix,
  isFragment,
  isGivenName,
  isSurname,
  knownChain,
} from "./identity.js";
import { personId } from "./label.js";
import { OULD } from "./names.js";
import { isFunctionWord } from "./lookup.js";
import { personCues } from "./person-cues.js";
import { splitProclitics } from "./proclitics.js";
import { canonicalSpelling, sameForeignName } from "./spelling.js";
import { addSpan, type CandidateStore, type SpanGroup } from "./store.js";

export interface SurnameSearch {
  lex: Lexicon;
  store: CandidateStore;
  eachSentence: (visit: (tokens: Token[], sentence: number) => void) => void;
}

export interface PersonRecord {
  id: string;
  /** Identity keys (compounds joined): which names are one person. */
  keys: string[];
  /** The name's words, matching-normalised as tokens are: where a surname is searched. */
  words: string[];
  name: string;
  nameEn: string;
  /** Named by a rule or the gazetteer, not by the tagger alone: only then is the surname searched. */
  confirmed: boolean;
}

/**
 * Gives person candidates without an id the id of the fullest name they are part of. Works on
 * groups of identical candidates (store.ts); `spans.length / 2` of them stand in each group.
 * A candidate left without an id names nobody: a fragment (بن عبدالعزيز) or a bare given name
 * that no full name of the article explains (محمد) — it is dropped, never shared across articles.
 */
export function resolvePersons(lex: Lexicon, groups: SpanGroup[]): PersonRecord[] {
  const records: PersonRecord[] = [];
  const people = groups.filter((g) => g.proto.type === "Person" && g.proto.person && !g.proto.titleRef);
  for (const { proto: c } of people.filter((g) => g.proto.id)) {
    if (!records.some((r) => r.id === c.id)) {
      const keys = identityParts(c.name.split(/\s+/));
      const words = wordsOf(c.name);
      records.push({ id: c.id as string, keys, words, name: c.name, nameEn: c.nameEn, confirmed: true });
    }
  }
  const unknown = people.filter((g) => !g.proto.id);
  splitProclitics(lex, unknown);
  unknown.sort(
    (a, b) =>
      (b.proto.person?.keys.length ?? 0) - (a.proto.person?.keys.length ?? 0) ||
      rank(a.proto) - rank(b.proto),
  );
  const ids = new Set(records.map((r) => r.id));
  for (const g of unknown) {
    const c = g.proto;
    const keys = c.person?.keys ?? [];
    if (isFragment(lex, keys)) continue;
    const known = knownChain(lex, keys);
    // A surname (الكاظمي), a shorter chain (محمد بن نايف) or, alone, a first name (الشيخ تميم)
    // of exactly one named person.
    const matches = known
      ? records.filter((r) => r.id === known.id)
      : records.filter(
          (r) =>
            isSurname(lex, keys, r.keys) ||
            isChainPrefix(lex, keys, r.keys) ||
            isAbridged(lex, keys, r.keys) ||
            (keys.length === 1 && r.keys.length > 1 && r.keys[0] === keys[0]),
        );
    let record = matches.length === 1 ? matches[0] : undefined;
    if (
      !record &&
      keys.length === 1 &&
      (matches.length > 1 || bareGivenName(lex, c) || unknownWord(lex, c) || commonNameWord(lex, c))
    )
      continue;
    if (!record && runsOnFromSurname(lex, c, records)) continue;
    // ولد الشيخ أحمد: the rest of a Mauritanian name names only the full name it ends.
    if (!record && keys[0] === OULD) continue;
    if (!record && known) {
      const keysOf = identityParts(known.ar.split(" "));
      const words = wordsOf(known.ar);
      record = { id: known.id, keys: keysOf, words, name: known.ar, nameEn: known.en, confirmed: true };
      records.push(record);
    }
    if (!record) {
      // X بن Y is one person across articles; two chains of the article that share it are not.
      // ميشال and ميشيل: a foreign name's spelling variants are one key (spelling.ts).
      const chain = personId(
        chainKey(keys, lex)
          .map((k) => canonicalSpelling(lex, k))
          .join(" "),
      );
      const id = ids.has(chain) ? personId(keys.join(" ")) : chain;
      ids.add(id);
      record = { id, keys, words: wordsOf(c.name), name: c.name, nameEn: c.nameEn, confirmed: false };
      records.push(record);
      // Each further copy of an ambiguous candidate made one more record of the same name;
      // later counts of matches depend on them. (After 0 matches, the copies join this one.)
      if (matches.length > 1) for (let n = 2; n < g.spans.length; n += 2) records.push(record);
    }
    record.confirmed ||= c.source !== "tagger";
    c.id = record.id;
    c.name = record.name;
    c.nameEn = record.nameEn;
  }
  return records;
}

/**
 * وأبوت مؤيد قوي (and Abbott is a strong supporter), after «توني أبوت»: a name only the tagger
 * found that starts with the surname of a person the rules named is that person's surname and
 * the clause going on — names start with a given name. Left without an id, it leaves the
 * surname to the article-wide search (findSurnames), which takes that word alone.
 */
function runsOnFromSurname(lex: Lexicon, c: Candidate, records: PersonRecord[]): boolean {
  const first = c.person?.keys[0];
  if (c.source !== "tagger" || first === undefined || (c.person?.keys.length ?? 0) < 2) return false;
  if (isGivenName(lex, first)) return false;
  return records.some((r) => r.confirmed && r.keys.length > 1 && r.keys[r.keys.length - 1] === first);
}

/** One word that is a given name: by the lexicon, by its shape, or after الملك / الأمير / الشيخ. */
function bareGivenName(lex: Lexicon, c: Candidate): boolean {
  const key = c.person?.keys[0];
  if (key === undefined) return false;
  const title = c.properties.roleAr;
  return (
    isGivenName(lex, key) ||
    (typeof title === "string" && personCues().givenNameTitles.has(normalizeForMatch(title)))
  );
}

/**
 * فخور، هدفين: one word only the tagger calls a person, that no full name of the article explains
 * and no Wikidata person name uses, is an ordinary word the tagger misread; so is one (غريب، دان)
 * that nothing before it announces as a name (recognize.ts, `bare`).
 */
function unknownWord(lex: Lexicon, c: Candidate): boolean {
  const key = c.person?.keys[0];
  return (
    c.source === "tagger" &&
    key !== undefined &&
    (c.person?.bare === true || !lex.nameWords.has(normalizeForMatch(key)))
  );
}

/**
 * Wikidata person names that use a word before it names nobody on its own: سيرجي، كارلوس، غوميز
 * are shared by hundreds (a surname alone that well known is in the gazetteer).
 */
const COMMON_NAME_USES = 40;

/**
 * A lone word no full name of the article explains, that many people are named with: alone it
 * tells nobody apart across articles, as a bare given name does not. A rare one (بولوني، واتارا)
 * is most often a surname the article names its person by.
 */
function commonNameWord(lex: Lexicon, c: Candidate): boolean {
  const key = c.person?.keys[0];
  return key !== undefined && (lex.nameWords.get(normalizeForMatch(key)) ?? 0) >= COMMON_NAME_USES;
}

function wordsOf(name: string): string[] {
  return name.split(/\s+/).map((w) => normalizeForMatch(w));
}

function rank(c: Candidate): number {
  // An announced lone word first: a bare copy of the same word then joins its record.
  return c.source !== "tagger" ? 0 : c.person?.bare ? 2 : 1;
}

/** A bare title joins the one person in the article who holds it. */
export function resolveTitleRefs(groups: SpanGroup[]): void {
  const candidates = groups.map((g) => g.proto);
  // role → roleOf ("" when unknown) → holder ids; indexed so a long article stays linear.
  const holders = new Map<string, Map<string, Set<string>>>();
  for (const c of candidates) {
    const role = c.properties.role;
    if (c.titleRef || !c.id || typeof role !== "string") continue;
    const byOf = holders.get(role) ?? new Map<string, Set<string>>();
    holders.set(role, byOf);
    const of = typeof c.properties.roleOf === "string" ? c.properties.roleOf : "";
    byOf.set(of, (byOf.get(of) ?? new Set()).add(c.id));
  }
  for (const c of candidates) {
    if (!c.titleRef) continue;
    const byOf = holders.get(c.titleRef.role);
    const ids = new Set<string>();
    if (c.titleRef.roleOf === null) for (const set of byOf?.values() ?? []) for (const id of set) ids.add(id);
    else for (const id of byOf?.get(c.titleRef.roleOf) ?? []) ids.add(id);
    const [only] = ids;
    c.id = ids.size === 1 && only ? only : null;
  }
}

/** Whether [start, end) overlaps a span of `flat` (sorted, merged, from CandidateStore.coverage). */
export function isCovered(flat: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = flat.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = flat[mid * 2] as number;
    const e = flat[mid * 2 + 1] as number;
    if (end <= s) hi = mid - 1;
    else if (start >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The last part when it is a surname: not a father's name (بن X) nor a house (آل X). */
function surnameKey(r: PersonRecord): string | undefined {
  // Told on the identity keys (بن عبد العزيز is بن + one part), searched as written (اللهيان).
  const n = r.keys.length;
  return n > 1 && isChainParticle(r.keys[n - 2]) ? undefined : r.words[r.words.length - 1];
}

/**
 * تميم alone for تميم بن حمد آل ثاني: a first name of exactly one named person, when no other
 * person of the article has it as first name or surname.
 */
function addGivenNames(
  lex: Lexicon,
  records: PersonRecord[],
  bySurname: Map<string, PersonRecord | null>,
): void {
  const count = new Map<string, number>();
  for (const r of records)
    for (const k of new Set([r.words[0], surnameKey(r)])) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  for (const r of records) {
    const first = r.words[0];
    if (!r.confirmed || r.words.length < 2 || !first || first.length < 3) continue;
    if (lex.particles.has(first) || lex.functionWords.has(first) || count.get(first) !== 1) continue;
    if (!bySurname.has(first)) bySurname.set(first, r);
  }
}

// Honorifics of a degree or trade that stand before a family name alone (الدكتور التركي).
const DEGREES = new Set(["الدكتور", "الدكتوره", "د", "الشيخ", "المهندس", "المهندسه", "الاستاذ", "الاستاذه"]);

/**
 * وأكد اللواء التركي، وأضاف التركي، الدكتور التركي: after «منصور التركي» was named, a family
 * name of nisba form right after a verb of saying, a rank after such a verb, or a degree is that
 * person, not the country's adjective. The country's mention of that word is given up.
 */
function takeNisba(input: SurnameSearch, tokens: Token[], k: number, start: number, end: number): boolean {
  const t = tokens[k] as Token;
  if (!t.norm.startsWith("ال")) return false;
  const saying = (w: Token | undefined): boolean =>
    w?.kind === "word" && readingsOf(w).some((r) => personCues().speechVerbs.has(r.key));
  const prev = tokens[k - 1];
  const title =
    prev?.kind === "word" &&
    readingsOf(prev).some((r) => input.lex.titles.has(r.key) && r.key.startsWith("ال"));
  const degree = prev?.kind === "word" && readingsOf(prev).some((r) => DEGREES.has(r.key));
  if (!(saying(prev) || degree || (title && saying(tokens[k - 2])))) return false;
  for (const [id, g] of input.store.groups) {
    if (g.proto.type !== "Country") continue;
    for (let i = 0; i < g.spans.length; i += 2) {
      if ((g.spans[i] as number) < start || (g.spans[i + 1] as number) > end) continue;
      g.spans.splice(i, 2);
      if (g.spans.length === 0) input.store.groups.delete(id);
      return true;
    }
  }
  return false;
}

/** The same words but for the chain particles (بن، ابن، بنت): one name, written two ways. */
export function sameBarParticles(a: PersonRecord, b: PersonRecord): boolean {
  const plain = (r: PersonRecord): string => r.words.filter((w) => !isChainParticle(w)).join(" ");
  return plain(a) === plain(b);
}

/**
 * خافيير ماسكيرانو where خافيير alone was read as the person's mention: the given name right
 * before the surname is a mention of the same person, which the full name then replaces
 * (resolve.ts keeps the longer of two mentions that start together).
 */
function ownMentionBefore(store: CandidateStore, id: string, start: number, end: number): boolean {
  for (const g of store.people) {
    if (g.proto.id !== id) continue;
    for (let i = 0; i < g.spans.length; i += 2)
      if (g.spans[i] === start && (g.spans[i + 1] as number) <= end) return true;
  }
  return false;
}

/** Pass 2: later (and earlier) mentions of a person by surname or full name. */
export function findSurnames(
  input: SurnameSearch,
  records: PersonRecord[],
  out: Map<string, SpanGroup>,
): void {
  const bySurname = new Map<string, PersonRecord | null>();
  for (const r of records) {
    const last = surnameKey(r);
    if (!r.confirmed || !last || last.length < 3 || input.lex.functionWords.has(last)) continue;
    // حسن نصر الله: الله ends a compound written spaced; alone it is God, never the surname.
    if (last === "الله") continue;
    if (r.words.length === 1 && isGivenName(input.lex, last)) continue;
    const claim = (key: string): void => {
      const held = bySurname.get(key);
      // سامر بن فهد العتيبي and سامر فهد العتيبي: one person written with and without بن.
      bySurname.set(
        key,
        held === undefined || (held !== null && sameBarParticles(held, r)) ? (held ?? r) : null,
      );
    };
    claim(last);
    // سامر الخالد الدوسري: a family name before the tribe's nisba names the person alone too.
    const family = r.words[r.words.length - 2];
    if (r.words.length >= 3 && family && /^ال.{3,}/.test(family) && /^ال/.test(last) && family !== "ال")
      claim(family);
  }
  addGivenNames(input.lex, records, bySurname);
  if (bySurname.size === 0) return;
  const flat = input.store.coverage();
  input.eachSentence((tokens, sentence) => {
    tokens.forEach((t, k) => {
      // على (on) is علي (Ali) after matching normalisation: a function word names nobody.
      if (t.kind !== "word" || isFunctionWord(input, t)) return;
      for (const r of readingsOf(t)) {
        const record = bySurname.get(r.key);
        if (!record) continue;
        // حسن الجوار: a first name before an ordinary definite word is that word's adjective.
        const next = tokens[k + 1];
        const lastKey = record.words[record.words.length - 1];
        if (
          r.key !== lastKey &&
          next?.kind === "word" &&
          /^ال/.test(next.norm) &&
          !/(ي|اوي)$/.test(next.norm)
        )
          return;
        let startTok = k;
        const n = record.words.length;
        // إدين هازارد after «إيدين هازارد»: the given name before the surname, spelt either way.
        const written = (w: Token | undefined, part: string | undefined): boolean =>
          w?.kind === "word" && part !== undefined && sameForeignName(input.lex, w.norm, part);
        for (let back = 1; back < n && written(tokens[k - back], record.words[n - 1 - back]); back++)
          startTok = k - back;
        const first = tokens[startTok] as Token;
        const start = startTok === k ? t.start + surfaceOffset(t.text, r.prefix) : first.start;
        const own = startTok < k && ownMentionBefore(input.store, record.id, start, t.start);
        if (
          isCovered(flat, own ? t.start : start, t.end) &&
          !(startTok === k && takeNisba(input, tokens, k, start, t.end))
        )
          return;
        addSpan(out, record.id, start, t.end, () => ({
          start,
          end: t.end,
          sentence,
          type: "Person",
          id: record.id,
          name: record.name,
          nameEn: record.nameEn,
          properties: {},
          source: "pattern",
        }));
        return;
      }
    });
  });
}
