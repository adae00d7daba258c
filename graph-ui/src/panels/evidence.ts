import type { Range } from "./highlight.js";
import { segments } from "./highlight.js";
import { el } from "./dom.js";

/** A sentence as a <p dir="rtl"> with <mark>s for the evidence span and the mentions. */
export function evidenceSentence(text: string, ranges: Range[]): HTMLElement {
  const p = el("p", { class: "evidence", dir: "auto" });
  for (const seg of segments(text, ranges)) {
    p.append(seg.mark ? el("mark", { class: `m-${seg.mark}` }, seg.text) : document.createTextNode(seg.text));
  }
  return p;
}

export function evidenceRanges(ev: {
  start: number;
  end: number;
  highlights?: { start: number; end: number }[];
}): Range[] {
  return [
    { start: ev.start, end: ev.end, kind: "evidence" },
    ...(ev.highlights ?? []).map((h) => ({ start: h.start, end: h.end, kind: "mention" as const })),
  ];
}
