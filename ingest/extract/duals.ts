/**
 * جامعتي X وY، وزارتي الداخلية والخارجية: a head noun in the dual names two bodies, its first
 * complement right after it and the second joined by و. Each is an organisation of its own, named
 * with the head in the singular (جامعة X، جامعة Y).
 */
import type { Lexicon, OrgHead } from "../lexicon/index.js";
import { stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, tokenize, type Token } from "../text/segment.js";
import { type Candidate, patternCandidate } from "./candidate.js";
import { orgCandidate } from "./candidates.js";
import { gazAt, givenName, isFunctionWord, type SentenceCtx } from "./lookup.js";
import { romanizeName } from "./label.js";
import { orgAt } from "./orgs.js";

export interface DualHit {
  head: OrgHead;
  /** Token ranges [from, to) of the two complements; the second starts at its و-word. */
  first: { from: number; to: number };
  second: { from: number; to: number };
  /** Letters of the proclitic on the head (لجامعتي). */
  prefix: number;
}

// A complement's words: a title and a name (الملك عبدالعزيز), a compound place (أم القرى).
const MAX_WORDS = 3;

let duals: Map<string, OrgHead> | null = null;

/** جامعتي، جامعتا، ناديي: the dual forms (oblique and nominative) of every organisation head. */
function dualHeads(lex: Lexicon): Map<string, OrgHead> {
  if (duals) return duals;
  duals = new Map();
  for (const [key, head] of lex.orgHeads) {
    if (key.includes(" ")) continue;
    const stem = key.endsWith("ه") ? `${key.slice(0, -1)}ت` : key;
    for (const ending of ["ي", "ا"]) duals.set(stem + ending, head);
  }
  return duals;
}

/** A word of a complement: a definite word, a given name, a title's name, or أم of أم القرى. */
function complementWord(ctx: SentenceCtx, k: number, first: boolean): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word") return false;
  if (/^ال../.test(t.norm) && !isFunctionWord(ctx, t)) return true;
  if (givenName(ctx, t) !== undefined) return true;
  // أم القرى، أبو ظبي: a compound place starts with a function-word look-alike.
  if (first && (t.norm === "ام" || t.norm === "ابو") && /^ال/.test(ctx.tokens[k + 1]?.norm ?? ""))
    return true;
  return gazAt(ctx, k) !== null && !isFunctionWord(ctx, t);
}

/** The words of one complement from k (the و of the second already stripped by the caller). */
function complementEnd(ctx: SentenceCtx, k: number): number {
  let to = k;
  while (to - k < MAX_WORDS && complementWord(ctx, to, to === k)) {
    // والخارجية: a second و-word ends the first complement.
    if (to > k && ctx.tokens[to]?.norm.startsWith("و")) break;
    // A name the gazetteer knows is read whole (هيومن رايتس ووتش).
    to = Math.max(to + 1, gazAt(ctx, to)?.to ?? 0);
  }
  return to;
}

export function dualAt(ctx: SentenceCtx, i: number): DualHit | null {
  const t = ctx.tokens[i];
  if (t?.kind !== "word") return null;
  let head: OrgHead | undefined;
  let prefix = 0;
  for (const r of readingsOf(t)) {
    const h = dualHeads(ctx.lex).get(r.key);
    if (h && !head) [head, prefix] = [h, r.prefix];
  }
  if (!head) return null;
  const firstTo = complementEnd(ctx, i + 1);
  const joined = ctx.tokens[firstTo];
  if (firstTo === i + 1 || joined?.kind !== "word" || !/^و.../.test(joined.norm)) return null;
  // والملك عبدالعزيز، والخارجية: the second complement, read as if without its و.
  const bare = { ...joined, norm: joined.norm.slice(1), text: joined.text.slice(1) };
  const tokens = ctx.tokens.slice();
  tokens[firstTo] = bare;
  // No memo of gazetteer lookups: it holds the readings of the word with its و.
  const inner: SentenceCtx = { lex: ctx.lex, tokens, tags: ctx.tags };
  if (!complementWord(inner, firstTo, true)) return null;
  let secondTo = Math.max(firstTo + 1, gazAt(inner, firstTo)?.to ?? 0);
  while (secondTo - firstTo < MAX_WORDS && complementWord(inner, secondTo, false)) {
    if (inner.tokens[secondTo]?.norm.startsWith("و")) break;
    secondTo++;
  }
  return { head, first: { from: i + 1, to: firstTo }, second: { from: firstTo, to: secondTo }, prefix };
}

/**
 * The organisation a singular head and the complement make, read by the ordinary pattern
 * (orgs.ts) on the phrase itself, so that جامعة X from a dual is the entity جامعة X written out.
 */
function singular(ctx: SentenceCtx, head: OrgHead, complement: string): Candidate | null {
  const text = `${head.ar} ${complement}`;
  const s = { lex: ctx.lex, tokens: tokenize(text), tags: null, text, sentence: 0 };
  const hit = orgAt(s, 0);
  if (!hit || hit.to !== s.tokens.length) return null;
  return orgCandidate(s, hit).find((c) => c.type === "Organization") ?? null;
}

/** أم القرى, which the pattern cannot read (أم is also "or"): the head's gloss around the romanised name. */
function fallbackEn(head: OrgHead, complement: string): string {
  const pattern = head.named ? head.en.replace(/^([A-Z][a-z]+) of \{X\}$/, "{X} $1") : head.en;
  return pattern.replace("{X}", romanizeName(complement));
}

/** The two organisations of a dual head, each named with the head in the singular. */
export function dualCandidates(
  ctx: SentenceCtx & { sentence: number; text: string },
  hit: DualHit,
): Candidate[] {
  const headTok = ctx.tokens[hit.first.from - 1] as Token;
  const out: Candidate[] = [];
  for (const part of [hit.first, hit.second]) {
    const first = ctx.tokens[part.from] as Token;
    const last = ctx.tokens[part.to - 1] as Token;
    const skip = part === hit.second ? surfaceOffset(first.text, 1) : 0;
    const complement = stripMarks(ctx.text.slice(first.start + skip, last.end));
    const start =
      part === hit.first ? headTok.start + surfaceOffset(headTok.text, hit.prefix) : first.start + skip;
    const span = { start, end: last.end };
    const c = singular(ctx, hit.head, complement);
    if (c) out.push({ ...c, ...span, sentence: ctx.sentence, properties: { ...c.properties } });
    else
      out.push(
        patternCandidate(
          ctx.sentence,
          span,
          "Organization",
          `${hit.head.ar} ${complement}`,
          fallbackEn(hit.head, complement),
        ),
      );
  }
  return out;
}
