import type { RelateLexicon, TitleEntry } from "./lexicon.js";
import { hasKey, lookup } from "./tokens.js";
import type { Token } from "./tokens.js";

/** Readings of a token that keep its article (الرئيس stays الرئيس). */
const surface = (t: Token): string[] => t.keys.filter((k) => !t.keys.includes("ال" + k));

/** The title whose last word is token `end` (its longest reading), with its first token. */
export function titleEndingAt(
  tokens: Token[],
  end: number,
  lex: RelateLexicon,
): { title: TitleEntry; first: number } | undefined {
  const last = tokens[end];
  if (!last) return undefined;
  for (const key of surface(last)) {
    for (const title of lex.titles.get(key) ?? []) {
      const first = end - title.phrase.length + 1;
      if (first < 0) continue;
      let ok = true;
      for (let k = 0; ok && k < title.phrase.length - 1; k++)
        ok = surface(tokens[first + k] as Token).includes(title.phrase[k] ?? "");
      if (ok) return { title, first };
    }
  }
  return undefined;
}

/** How many words may name the unit between a title and its organisation (مدير إدارة التطوير السياحي). */
const MAX_UNIT_WORDS = 4;
const PUNCT = /[،,.:؛;“”«»"()]/;

/**
 * A title of a unit inside an organisation, written before it: مدير إدارة الموارد البشرية
 * **ب**شركة X، رئيس قسم الجراحة **في** مستشفى X، السفيرة المتجولة **ل**مكتب X، مدير عام **فرع**
 * وزارة X. `t0` is the organisation's first token, `prep` the clitic preposition read on it (ب or
 * ل); one to four words name the unit, none a preposition, a time word or an entity. A deputy word
 * right before the organisation (وكيل وزارة X) is such a title too. The holder belongs to the
 * organisation.
 */
export function unitTitleBefore(
  tokens: Token[],
  t0: number,
  prep: string,
  lex: RelateLexicon,
): { title: TitleEntry; first: number } | undefined {
  let p = t0 - 1;
  const before = tokens[p];
  if (!before || before.arg >= 0 || PUNCT.test((tokens[t0] as Token).gap)) return undefined;
  const written = (tokens[t0]?.norm ?? "").replace(/^[وف]/, "");
  const clitic = (prep === "ب" || prep === "ل") && written.startsWith(prep);
  if (!clitic && hasKey(before, lex.deputies)) {
    const word = before.keys[before.keys.length - 1] ?? before.norm;
    const title: TitleEntry = {
      en: "Deputy",
      relation: "MEMBER_OF",
      complementRequired: true,
      phrase: [word],
    };
    return { title, first: p };
  }
  // في is its own word; ب and ل are written on the organisation's first word; فرع needs neither.
  if (before.norm === "في") p--;
  else if (!clitic && !hasKey(before, lex.unitHeads)) return undefined;
  // الرئيس التنفيذي لشركة X: a title of several words right before it is the organisation's own.
  if (titleEndingAt(tokens, p, lex)) return undefined;
  for (let words = 1; words <= MAX_UNIT_WORDS && p >= 1; words++, p--) {
    const tok = tokens[p] as Token;
    if (tok.arg >= 0 || PUNCT.test((tokens[p + 1] as Token).gap)) return undefined;
    if (hasKey(tok, lex.prepositions) || hasKey(tok, lex.unitBreaks)) return undefined;
    const m = titleEndingAt(tokens, p - 1, lex);
    if (m && !PUNCT.test(tok.gap)) return m;
  }
  return undefined;
}

/** Most words the entity stage may leave off the end of an organisation's name. */
const MAX_TAIL = 2;

/**
 * عمادة خدمة المجتمع والتعليم [المستمر] بجامعة Y: a definite word (at most two) right after an
 * organisation the entity stage found only partly, before a title's next part. The index into
 * `args` of the organisation whose tail token `k` is, or -1. على may join the tail
 * (لجنة الإشراف على المستشفيات). A title word, an honorific, a word
 * joined by و, a clause stop or punctuation is no tail.
 */
export function orgTailAt(
  tokens: Token[],
  args: { type: string; nisba: boolean; t1: number }[],
  k: number,
  lex: RelateLexicon,
): number {
  for (let j = k; j > k - MAX_TAIL && j > 0; j--) {
    const t = tokens[j] as Token;
    // لجنة الإشراف [على المستشفيات]: على before a definite word of the tail is the name's own.
    const after = tokens[j + 1];
    const linker =
      (t.norm === "على" || t.norm === "علي") &&
      !PUNCT.test(t.gap) &&
      after !== undefined &&
      after.arg < 0 &&
      /^ال../.test(after.norm) &&
      !PUNCT.test(after.gap);
    if (!linker && (t.arg >= 0 || t.stop !== 0 || PUNCT.test(t.gap) || !/^ال../.test(t.norm))) return -1;
    if (hasKey(t, lex.titleWords) || hasKey(t, lex.honorifics) || lookup(t, lex.titleModifiers) !== undefined)
      return -1;
    const prev = tokens[j - 1] as Token;
    if (prev.arg >= 0) {
      const a = args[prev.arg];
      return a && a.type === "Organization" && !a.nisba && a.t1 === j - 1 ? prev.arg : -1;
    }
  }
  return -1;
}
