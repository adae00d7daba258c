import { standIn, type Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { SubjectMark } from "./frames.js";
import { lastMarkBefore } from "./search.js";
import type { RoleLog } from "./roles.js";
import { hasKey, lookup } from "./tokens.js";
import type { Token } from "./tokens.js";

/**
 * "His country" (بلاده، بلادها، حكومته) stands for the country of the person speaking or acting:
 * the speaker of the statement it is in, else the last subject before it in the sentence. Added
 * as stand-in arguments so the ordinary frames apply (قال إن بلاده ملتزمة بالشراكة مع العراق).
 */
export function withPronouns(a: ArticleCtx, c: SentenceCtx, subjects: SubjectMark[]): SentenceCtx {
  const added: Arg[] = [];
  c.tokens.forEach((t, i) => {
    if (t.arg >= 0 || !hasKey(t, a.lex.countryPronouns)) return;
    const who = a.speakerAt(t.start) ?? lastMarkBefore(subjects, t.start, c.start)?.entity;
    const country = who ? a.countryOf(who) : null;
    if (!country) return;
    const prep =
      /^[وف]?[بلك]/.test(t.norm) && t.norm.length > 5 ? (t.norm.replace(/^[وف]/, "")[0] ?? "") : "";
    added.push(standIn(country, "Country", t, i, prep, /^و/.test(t.norm) && t.norm.length > 5));
  });
  return withArgs(c, added);
}

/** How many roles back a bare title (الوزير) may reach for the person titled so. */
const BARE_REACH = 200;

/**
 * A bare title right after an event verb (والتقى الوزير X، وزار السفير Y) — no name, complement,
 * nisba or further title after it — is the last person titled so before it in the article (الوزير
 * → the last minister of any portfolio; `coreferents` with `resolve: "role"`). Added as a stand-in
 * subject so the ordinary frames apply.
 */
export function withBareTitles(a: ArticleCtx, c: SentenceCtx, roles: RoleLog): SentenceCtx {
  const added: Arg[] = [];
  c.tokens.forEach((t, i) => {
    if (t.arg >= 0 || i === 0) return;
    const ref = lookup(t, a.lex.coreferents);
    if (!ref || ref.resolve !== "role" || !t.norm.replace(/^[وف]/, "").startsWith("ال")) return;
    const verb = c.tokens[i - 1] as Token;
    if (verb.arg >= 0 || /[،,.:؛;“”«»"()]/.test(t.gap)) return;
    if (!verb.keys.some((k) => a.lex.triggers.get(k)?.some((x) => x.kind === "verb"))) return;
    const next = c.tokens[i + 1];
    if (
      next !== undefined &&
      !/[،,.:؛;]/.test(next.gap) &&
      (next.arg >= 0 ||
        // التقى الوزير الرئيسَ X: a title opening the object is no part of the subject's.
        (hasKey(next, a.lex.titleWords) &&
          !(lookup(next, a.lex.coreferents) !== undefined || hasKey(next, a.lex.courtesyTitles))) ||
        hasKey(next, a.lex.honorifics) ||
        lookup(next, a.lex.titleModifiers) !== undefined)
    )
      return;
    const person = roles.lastLike(t.start, ref.role, BARE_REACH);
    if (person && a.typeOf(person) === "Person") added.push(standIn(person, "Person", t, i));
  });
  return withArgs(c, added);
}

function withArgs(c: SentenceCtx, added: Arg[]): SentenceCtx {
  if (added.length === 0) return c;
  const args = [...c.args, ...added].sort((x, y) => x.start - y.start);
  for (const t of c.tokens) t.arg = -1;
  args.forEach((arg, k) => {
    for (let t = arg.t0; t <= arg.t1; t++) {
      const tok = c.tokens[t];
      if (tok) tok.arg = k;
    }
  });
  // Built whole: spreading c and replacing a key is a slow path that allocates per sentence.
  return { index: c.index, start: c.start, end: c.end, tokens: c.tokens, args, values: c.values };
}
