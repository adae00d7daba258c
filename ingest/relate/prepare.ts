import type { Entity, Mention, SentenceInfo, Value } from "../model.js";
import { buildArgs } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import { markStops } from "./slots.js";
import { tokenize } from "./tokens.js";

/** Sentences per window hold about this many characters; tokens live only while their window runs. */
export const WINDOW_CHARS = 200_000;

interface Located {
  entity: Entity;
  mention: Mention;
}

/**
 * Splits the sentences into windows of about `limit` characters, cut at a paragraph break when one
 * comes within another `limit` characters (so a quote and its speaker stay together). An ordinary
 * article is one window; only very long inputs are cut.
 */
export function windows(text: string, sentences: SentenceInfo[], limit = WINDOW_CHARS): SentenceInfo[][] {
  const out: SentenceInfo[][] = [];
  let current: SentenceInfo[] = [];
  let size = 0;
  for (const s of sentences) {
    const paragraph = s.start >= 2 && text.slice(Math.max(0, s.start - 4), s.start).includes("\n\n");
    if (current.length > 0 && (size >= 2 * limit || (size >= limit && paragraph))) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(s);
    size += s.end - s.start;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Builds the SentenceCtx (tokens, arguments, values) of consecutive windows. Mentions and values
 * are sorted once; cursors move forward only, so preparing the whole article is linear.
 */
export function preparer(
  input: { text: string; entities: Entity[]; values: Value[] },
  ctx: ArticleCtx,
): (sentences: SentenceInfo[]) => SentenceCtx[] {
  const located: Located[] = [];
  for (const entity of input.entities)
    for (const mention of entity.mentions) located.push({ entity, mention });
  located.sort((a, b) => a.mention.start - b.mention.start);
  const values = [...input.values].sort((a, b) => a.start - b.start);
  let m = 0;
  let v = 0;
  return (sentences) =>
    sentences.map((s) => {
      while (m < located.length && (located[m]?.mention.start ?? 0) < s.start) m++;
      const inside: Located[] = [];
      for (let k = m; k < located.length && (located[k]?.mention.start ?? 0) < s.end; k++) {
        const l = located[k];
        if (l && l.mention.end <= s.end) inside.push(l);
      }
      const tokens = tokenize(input.text, s.start, s.end);
      markStops(tokens, ctx.lex);
      const args = buildArgs(input.text, tokens, inside, ctx.lex);
      while (v < values.length && (values[v]?.start ?? 0) < s.start) v++;
      const inSentence: Value[] = [];
      for (let k = v; k < values.length && (values[k]?.start ?? 0) < s.end; k++) {
        const val = values[k];
        if (val && val.end <= s.end) inSentence.push(val);
      }
      return { index: s.index, start: s.start, end: s.end, tokens, args, values: inSentence };
    });
}
