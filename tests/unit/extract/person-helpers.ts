/** Shared by the person tests: a tagger stub that marks given words, and the persons extract() finds. */
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

/** A tagger that tags the listed words (a run of them B-PERS then I-PERS) and nothing else. */
export function tagging(words: string[]): SentenceTagger {
  const set = new Set(words);
  return {
    tag: (ws) =>
      ws.map((w, i) => (set.has(w) ? (i > 0 && set.has(ws[i - 1] as string) ? "I-PERS" : "B-PERS") : "O")),
  };
}

/** The names of the persons extract() finds in `text` (no tagger unless one is given). */
export const persons = (text: string, tagger: SentenceTagger | false = false): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);
