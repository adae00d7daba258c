export interface Segment {
  text: string;
  mark: "evidence" | "mention" | null;
}

export interface Range {
  start: number;
  end: number;
  kind: "evidence" | "mention";
}

/**
 * Split a sentence into plain and marked runs. Ranges are clamped to the text and mentions win over
 * the evidence span where they overlap (the mention is the more specific highlight). Pure, so the
 * DOM layer only turns segments into text nodes and <mark>s — never HTML.
 */
export function segments(text: string, ranges: Range[]): Segment[] {
  const n = text.length;
  const kinds: Segment["mark"][] = new Array<Segment["mark"]>(n).fill(null);
  const ordered = [...ranges].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "evidence" ? -1 : 1));
  for (const r of ordered) {
    const s = Math.max(0, Math.min(n, Math.floor(r.start)));
    const e = Math.max(s, Math.min(n, Math.floor(r.end)));
    for (let i = s; i < e; i++) kinds[i] = r.kind;
  }
  const out: Segment[] = [];
  for (let i = 0; i < n;) {
    const k = kinds[i] ?? null;
    let j = i + 1;
    while (j < n && (kinds[j] ?? null) === k) j++;
    out.push({ text: text.slice(i, j), mark: k });
    i = j;
  }
  return out;
}
