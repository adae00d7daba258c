import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

/** A stub tagger that tags the listed words (consecutive listed words form one span). */
export function stub(spans: Record<string, string>): SentenceTagger {
  return {
    tag: (words) =>
      words.map((w, i) => {
        const type = spans[w];
        if (!type) return "O";
        return spans[words[i - 1] ?? ""] === type ? `I-${type}` : `B-${type}`;
      }),
  };
}
