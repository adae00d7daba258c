/**
 * Names in a list of names: «ضمت القائمة: خالد الحربي، سامي المطرفي، فارس الدغيم» or «وشارك
 * ماجد العتيبي ونايف الهذلي». Beside a person the rules or the tagger found (two words or more),
 * an item of the same list — a known given name and one more word, between commas, و or the
 * sentence's ends — is a person too, though its family name is rare: a list keeps its kind.
 */
import type { Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import { personCandidate } from "./candidates.js";
import { gazAt, givenName, isFunctionWord, nisbaAt, taggedAs, verbLike } from "./lookup.js";
import { isChainParticle } from "./identity.js";
import { OULD, ouldFather, taggedRareFamilyName, titleWord } from "./names.js";
import { glossPhrase } from "./gloss.js";
import type { SentenceInput } from "./recognize.js";

const COMMAS = new Set(["،", ",", "؛"]);

function isComma(t: Token | undefined): boolean {
  return t !== undefined && t.kind !== "word" && COMMAS.has(t.text);
}

/** وسامي: و on a known given name, which joins the next item of a list. */
function joinedGiven(s: SentenceInput, t: Token | undefined): boolean {
  return t?.kind === "word" && t.norm.startsWith("و") && s.lex.givenNames.has(t.norm.slice(1));
}

/** A given name, as written or after a conjunction (the first word of an item). */
function itemGiven(s: SentenceInput, t: Token | undefined): boolean {
  if (t?.kind !== "word" || isFunctionWord(s, t) || titleWord(s, t)) return false;
  return givenName(s, t) !== undefined || joinedGiven(s, t);
}

/**
 * The word after the given name is its family name: a definite word nothing in the lexicon reads
 * otherwise (taggedRareFamilyName's checks), or an indefinite family name of nisba form
 * (عواجي، شراحيلي) or a father's given name (أحمد عباس).
 */
function itemFamily(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(s, t) || titleWord(s, t)) return false;
  if (t.norm.startsWith("ال")) return taggedRareFamilyName(s, k, true);
  if (indefiniteDemonym(s, k)) return true;
  if (t.norm.startsWith("و") || verbLike(s, t) || gazAt(s, k) !== null || nisbaAt(s, k) !== null)
    return false;
  if (givenName(s, t) !== undefined) return true;
  return t.norm.length >= 4 && t.norm.endsWith("ي") && glossPhrase(s.lex, t.text) === null;
}

/**
 * سامي مصري، خالد سوري: a country's indefinite nisba after a given name in a list of names is a
 * family name — an adjective of a name would take the article.
 */
function indefiniteDemonym(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k];
  return t?.kind === "word" && !t.norm.startsWith("ال") && nisbaAt(s, k)?.value.type === "Country";
}

/** Token k ends an item: the sentence's end, punctuation, or the و of the next given name. */
function itemEnds(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k];
  return t === undefined || t.kind !== "word" || joinedGiven(s, t);
}

/**
 * Token k starts an item: the sentence's start, punctuation, or its own conjunction; the list's
 * first item may follow the word that opens the list (ضمت، وهم), but no given name or particle
 * of a longer chain (محمد سالم الجديع، بن سالم الجديع).
 */
function itemStarts(s: SentenceInput, k: number, first: boolean): boolean {
  const before = s.tokens[k - 1];
  if (before === undefined || before.kind !== "word" || joinedGiven(s, s.tokens[k])) return true;
  return (
    first &&
    givenName(s, before) === undefined &&
    !isChainParticle(before.norm) &&
    !taggedAs(s, k - 1, "PERS")
  );
}

/** The token at a character offset. */
function tokenAt(s: SentenceInput, offset: number): number {
  return s.tokens.findIndex((t) => t.start <= offset && offset < t.end);
}

/**
 * Adds the list items next to a person of two words or more (and next to the items added, so a
 * list is read to its ends). Items touch no other candidate.
 */
export function listedPersons(s: SentenceInput, out: Candidate[]): void {
  const span = (from: number, to: number): [number, number] => [
    (s.tokens[from] as Token).start,
    (s.tokens[to - 1] as Token).end,
  ];
  // A person candidate of the given name alone (the tagger stopped at it, حسن الراهب) gives way
  // to the item; any other candidate keeps its words.
  // The country read in an indefinite nisba family name (مغربي) gives way too.
  const alone = (c: Candidate, from: number): boolean => {
    const [a, b] = span(from, from + 1);
    if (c.type === "Person" && c.start >= a && c.end <= b) return true;
    const [x, y] = span(from + 1, from + 2);
    return c.type === "Country" && c.start >= x && c.end <= y && indefiniteDemonym(s, from + 1);
  };
  const taken = (from: number, to: number): boolean => {
    const [a, b] = span(from, to);
    return out.some((c) => c.start < b && a < c.end && !alone(c, from));
  };
  const item = (from: number, first = false): boolean =>
    from >= 0 &&
    itemGiven(s, s.tokens[from]) &&
    itemFamily(s, from + 1) &&
    itemStarts(s, from, first) &&
    itemEnds(s, from + 2) &&
    !taken(from, from + 2);
  const anchors: Array<[number, number]> = [];
  for (const c of out) {
    if (c.type !== "Person" || !c.person || c.titleRef) continue;
    const from = tokenAt(s, c.start);
    const to = tokenAt(s, c.end - 1) + 1;
    if (from >= 0 && to - from >= 2) anchors.push([from, to]);
  }
  while (anchors.length > 0) {
    const [from, to] = anchors.pop() as [number, number];
    const found: number[] = [];
    // After the anchor: «، X Y» or «وX Y».
    if (isComma(s.tokens[to]) && item(to + 1)) found.push(to + 1);
    else if (joinedGiven(s, s.tokens[to]) && item(to)) found.push(to);
    // Before it: «X Y، anchor» or «X Y وanchor».
    if (isComma(s.tokens[from - 1]) && item(from - 3, true)) found.push(from - 3);
    else if (joinedGiven(s, s.tokens[from]) && item(from - 2, true)) found.push(from - 2);
    for (const k of found) {
      for (let n = out.length - 1; n >= 0; n--) if (alone(out[n] as Candidate, k)) out.splice(n, 1);
      out.push(personCandidate(s, { from: k, to: k + 2, known: null }, {}));
      anchors.push([k, k + 2]);
    }
  }
}

/**
 * وقال ولد الشيخ أحمد: a Mauritanian name without its given name, ولد and the father's name, not
 * after a name of its own (that chain is read from its start). persons.ts gives it the id of the
 * article's full name it ends (إسماعيل ولد الشيخ أحمد) and drops it when there is none: alone,
 * ولد is as often «was born» (ولد الشيخ أحمد في مكة). A person read inside it or running on
 * from it (أحمد، أحمد سيذهب) gives way.
 */
export function ouldMentions(s: SentenceInput, out: Candidate[]): void {
  s.tokens.forEach((t, k) => {
    if (t.kind !== "word" || t.norm !== OULD) return;
    const prev = s.tokens[k - 1];
    if (prev?.kind === "word" && (givenName(s, prev) !== undefined || taggedAs(s, k - 1, "PERS"))) return;
    const father = ouldFather(s, k + 1);
    if (father === 0) return;
    const start = t.start;
    const end = (s.tokens[k + father] as Token).end;
    const overlaps = out.filter((c) => c.start < end && start < c.end);
    if (overlaps.some((c) => c.type !== "Person" || c.start < start)) return;
    for (const c of overlaps) out.splice(out.indexOf(c), 1);
    out.push(personCandidate(s, { from: k, to: k + 1 + father, known: null }, {}));
  });
}
