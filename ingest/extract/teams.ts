/**
 * Sport clubs written by their name alone after a word of the game: فريق الرائد، لاعب النصر،
 * مدرب الاتحاد، جماهير الأهلي (org-cues.json `teamCues`). The club is one definite word that the
 * lexicon does not know as a common noun, an adjective, a head or a place: فريق العمل (task force),
 * لاعب الوسط (midfielder), فريق الباحثين (researchers) and مدرب اللياقة name no club.
 */
import { phraseKeys } from "../lexicon/load.js";
import { withoutArticle, type Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import { glossPhrase } from "./gloss.js";
import { labelId, romanizeName } from "./label.js";
import { gazAt, isFunctionWord, phraseAt, type SentenceCtx } from "./lookup.js";
import { orgCues } from "./orgs.js";
import { personCues } from "./person-cues.js";
import type { SentenceInput } from "./recognize.js";

let cues: { cues: Set<string>; not: Set<string> } | null = null;

function cueKeys(list: { ar: string }[]): Set<string> {
  return new Set(list.map((c) => phraseKeys(c.ar).join(" ")));
}

/**
 * Read once. Asked about every word of every sentence: a named arrow declared in here would be
 * re-named by tsx/esbuild keep-names on each call (see lookup.ts keysAfter), 3% of extraction.
 */
function teamCues(): { cues: Set<string>; not: Set<string> } {
  cues ??= { cues: cueKeys(orgCues().teamCues), not: cueKeys(orgCues().teamNotNames) };
  return cues;
}

/**
 * الباحثين، المفاوضين، الاستراتيجية، الهلالي: a plural of persons or a relative adjective
 * describes; a club's name is neither (a club named with a nisba is missed, not invented).
 */
function describing(norm: string): boolean {
  return /^ال..+(ين|ون|ي|يه)$/.test(norm);
}

/** Is the definite word at token k a club's name rather than a word of the lexicon? */
function clubWord(ctx: SentenceCtx, k: number): boolean {
  const t = ctx.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(ctx, t) || t.norm.length < 5 || !t.norm.startsWith("ال"))
    return false;
  const bare = withoutArticle(t.norm) ?? "";
  const { lex } = ctx;
  if (teamCues().not.has(t.norm) || describing(t.norm) || gazAt(ctx, k)) return false;
  if (
    lex.orgHeads.has(bare) ||
    lex.placeHeads.has(bare) ||
    lex.placeNouns.has(bare) ||
    lex.placeNouns.has(t.norm)
  )
    return false;
  if (lex.adjectives.has(t.norm) || lex.titles.has(t.norm) || lex.titles.has(bare)) return false;
  if (personCues().personNouns.has(t.norm) || personCues().personNouns.has(bare)) return false;
  if (lex.places.longest(t.norm, () => undefined)) return false;
  return glossPhrase(lex, t.text) === null;
}

/** The club named right after a team cue at token i, as the token range of its name. */
export function teamAt(ctx: SentenceCtx, i: number): { from: number; to: number } | null {
  const cue = phraseAt(ctx, i, (first) => (teamCues().cues.has(first) ? { value: true, length: 1 } : null));
  if (!cue || !clubWord(ctx, cue.to)) return null;
  // فريق الرائد الأول، لاعب النصر السابق: an adjective may follow; a second definite noun in
  // construct (فريق العمل الميداني) is already ruled out by the lexicon, so one word is the name.
  return { from: cue.to, to: cue.to + 1 };
}

export function teamCandidate(s: SentenceInput, team: { from: number; to: number }): Candidate {
  const t = s.tokens[team.from] as Token;
  const name = t.text;
  const nameEn = romanizeName(name);
  return {
    start: t.start,
    end: t.end,
    sentence: s.sentence,
    type: "Organization",
    id: labelId("org", nameEn, name),
    name,
    nameEn,
    properties: {},
    source: "pattern",
  };
}
