import { analyzeClitics } from "./clitics.js";
import type { LabelledSentence } from "./conll.js";
import { spansOf } from "./evaluate.js";
import { ENTITY_KINDS } from "./tags.js";

/**
 * Recall on names the tagger never saw: a gold entity is "unseen" when none of its words (as
 * clitic-free cores) occurs anywhere in `trainingWords`. These are the names news brings every
 * day; the word lists exist for them.
 */
export interface UnseenRecall {
  kind: string;
  gold: number;
  found: number;
  recall: number;
}

export function vocabulary(sentences: readonly LabelledSentence[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const w of s.words) out.add(analyzeClitics(w).core);
  return out;
}

export function unseenRecall(
  gold: readonly LabelledSentence[],
  predicted: readonly (readonly string[])[],
  trainingWords: ReadonlySet<string>,
): UnseenRecall[] {
  const counts = new Map<string, { gold: number; found: number }>(
    ENTITY_KINDS.map((k) => [k, { gold: 0, found: 0 }]),
  );
  gold.forEach((s, n) => {
    const found = new Set(spansOf(predicted[n] ?? []).map((p) => `${p.kind} ${p.start} ${p.end}`));
    for (const span of spansOf(s.tags)) {
      const words = s.words.slice(span.start, span.end);
      if (words.some((w) => trainingWords.has(analyzeClitics(w).core))) continue;
      const c = counts.get(span.kind);
      if (!c) continue;
      c.gold++;
      if (found.has(`${span.kind} ${span.start} ${span.end}`)) c.found++;
    }
  });
  return [...counts].map(([kind, c]) => ({ kind, ...c, recall: c.gold === 0 ? 0 : c.found / c.gold }));
}

export function formatUnseen(rows: readonly UnseenRecall[]): string {
  return rows.map((r) => `${r.kind} ${r.recall.toFixed(2)} (${r.found}/${r.gold})`).join(", ");
}
