import { standIn, type Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { SubjectMark } from "./frames.js";
import { lastMarkBefore } from "./search.js";
import { hasKey } from "./tokens.js";

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
