import { ENTITY_KINDS } from "./tags.js";

/**
 * CoNLL-style evaluation: an entity counts only if its type and its exact span agree
 * (conlleval semantics: an I-X with no open X span starts one).
 */
export interface EntitySpan {
  kind: string;
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface Evaluation {
  overall: Prf;
  byType: Record<string, Prf>;
}

export function spansOf(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  tags.forEach((tag, i) => {
    const kind = tag === "O" ? null : tag.slice(2);
    const continues = open !== null && tag.startsWith("I-") && kind === open.kind;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    if (open) spans.push(open);
    open = kind === null ? null : { kind, start: i, end: i + 1 };
  });
  if (open) spans.push(open);
  return spans;
}

function prf(gold: number, predicted: number, correct: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/** Micro-averaged exact-span P/R/F1 over sentences, overall and per entity type. */
export function evaluate(
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
): Evaluation {
  if (gold.length !== predicted.length) {
    throw new Error(`ner: evaluate got ${gold.length} gold and ${predicted.length} predicted sentences`);
  }
  const kinds = new Set<string>(ENTITY_KINDS);
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (kind: string, key: "g" | "p" | "c") => {
    kinds.add(kind);
    const entry = counts.get(kind) ?? counts.set(kind, { g: 0, p: 0, c: 0 }).get(kind);
    if (entry) entry[key]++;
  };
  gold.forEach((g, s) => {
    const p = predicted[s] ?? [];
    if (p.length !== g.length)
      throw new Error(`ner: evaluate: sentence ${s} has ${g.length} gold and ${p.length} predicted tags`);
    const goldSpans = spansOf(g);
    const keys = new Set(goldSpans.map((x) => `${x.kind}:${x.start}:${x.end}`));
    for (const x of goldSpans) bump(x.kind, "g");
    for (const x of spansOf(p)) {
      bump(x.kind, "p");
      if (keys.has(`${x.kind}:${x.start}:${x.end}`)) bump(x.kind, "c");
    }
  });
  const byType: Record<string, Prf> = {};
  let g = 0;
  let p = 0;
  let c = 0;
  for (const kind of kinds) {
    const k = counts.get(kind) ?? { g: 0, p: 0, c: 0 };
    byType[kind] = prf(k.g, k.p, k.c);
    g += k.g;
    p += k.p;
    c += k.c;
  }
  return { overall: prf(g, p, c), byType };
}

/** One line per type plus the overall line, for training logs and benchmarks. */
export function formatEvaluation(e: Evaluation): string {
  const row = (name: string, x: Prf) =>
    `${name.padEnd(8)} P ${x.precision.toFixed(4)}  R ${x.recall.toFixed(4)}  F1 ${x.f1.toFixed(4)}  (gold ${x.gold}, predicted ${x.predicted}, correct ${x.correct})`;
  return [...Object.entries(e.byType).map(([k, x]) => row(k, x)), row("overall", e.overall)].join("\n");
}
