/** A run of article text: plain, or one entity's mention. */
export interface TextRun {
  text: string;
  entityId: string | null;
  type: string | null;
}

export interface MentionSpan {
  entityId: string;
  type: string;
  start: number;
  end: number;
}

/**
 * Cuts the article text into plain runs and mention runs (absolute offsets, as the article endpoint
 * sends them). Spans are clamped to the text; where two overlap the earlier (then longer) one wins,
 * so every character belongs to exactly one run. Pure: the view only turns runs into text nodes.
 */
export function articleRuns(text: string, mentions: readonly MentionSpan[]): TextRun[] {
  const spans = mentions
    .map((m) => ({
      ...m,
      start: Math.max(0, Math.floor(m.start)),
      end: Math.min(text.length, Math.floor(m.end)),
    }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextRun[] = [];
  let at = 0;
  for (const m of spans) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), entityId: null, type: null });
    out.push({ text: text.slice(m.start, m.end), entityId: m.entityId, type: m.type });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), entityId: null, type: null });
  return out;
}
