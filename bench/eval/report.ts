/**
 * Plain-text report of an evaluation run: one block per article (scores, misses, false
 * positives), then the micro-averaged totals and a tally of failure classes.
 */
import { addCounts, prf, type ArticleScore, type Counts } from "./score.js";

export interface ArticleRun {
  id: string;
  score: ArticleScore;
}

export interface Totals {
  entities: Counts;
  mentions: ArticleScore["mentions"];
  relations: Counts;
  relationProperties: ArticleScore["relationProperties"];
  speakers: Counts;
  statements: ArticleScore["statements"];
  byType: ArticleScore["byType"];
}

function addTables(a: Record<string, Counts>, b: Record<string, Counts>): Record<string, Counts> {
  const out = { ...a };
  for (const [type, c] of Object.entries(b)) out[type] = addCounts(out[type] ?? { tp: 0, fp: 0, fn: 0 }, c);
  return out;
}

export function totals(runs: ArticleRun[]): Totals {
  const zero = { tp: 0, fp: 0, fn: 0 };
  const t: Totals = {
    entities: zero,
    mentions: { found: 0, total: 0, exactBoundary: 0 },
    relations: zero,
    relationProperties: { agree: 0, total: 0 },
    speakers: zero,
    statements: { found: 0, total: 0, predicted: 0 },
    byType: { entities: {}, relations: {} },
  };
  for (const { score: s } of runs) {
    t.entities = addCounts(t.entities, s.entities);
    t.relations = addCounts(t.relations, s.relations);
    t.speakers = addCounts(t.speakers, s.speakers);
    t.mentions = {
      found: t.mentions.found + s.mentions.found,
      total: t.mentions.total + s.mentions.total,
      exactBoundary: t.mentions.exactBoundary + s.mentions.exactBoundary,
    };
    t.relationProperties = {
      agree: t.relationProperties.agree + s.relationProperties.agree,
      total: t.relationProperties.total + s.relationProperties.total,
    };
    t.byType = {
      entities: addTables(t.byType.entities, s.byType.entities),
      relations: addTables(t.byType.relations, s.byType.relations),
    };
    t.statements = {
      found: t.statements.found + s.statements.found,
      total: t.statements.total + s.statements.total,
      predicted: t.statements.predicted + s.statements.predicted,
    };
  }
  return t;
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const ratio = (a: number, b: number): string => `${pct(b === 0 ? 1 : a / b)}% (${a}/${b})`;

function prfLine(c: Counts): string {
  const { precision, recall, f1 } = prf(c);
  return `P ${pct(precision)}  R ${pct(recall)}  F1 ${pct(f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

export function summaryLines(t: Totals): string[] {
  return [
    `  entities        ${prfLine(t.entities)}`,
    `  mention recall  ${ratio(t.mentions.found, t.mentions.total)}; exact boundary ${ratio(t.mentions.exactBoundary, t.mentions.found)}`,
    `  relations       ${prfLine(t.relations)}`,
    `  rel. properties ${ratio(t.relationProperties.agree, t.relationProperties.total)} agree`,
    `  speakers        ${prfLine(t.speakers)}`,
    `  statements      recall ${ratio(t.statements.found, t.statements.total)}; ${t.statements.predicted} predicted`,
  ];
}

/** Entity and relation P/R/F1 per type, types in alphabetical order. */
export function typeLines(t: Totals): string[] {
  const block = (title: string, table: Record<string, Counts>): string[] => [
    title,
    ...Object.keys(table)
      .sort()
      .map((type) => `  ${type.padEnd(16)}${prfLine(table[type] as Counts)}`),
  ];
  return [...block("Entities by type", t.byType.entities), ...block("Relations by type", t.byType.relations)];
}

/** The first words of a miss or false-positive line name its class ("entity", "relation MET" ...). */
export function failureClass(line: string, kind: "miss" | "fp"): string {
  const [head = "", second = ""] = line.split(" ");
  if (head === "entity") {
    if (kind === "fp") return "entity: spurious or split";
    return line.includes(": found as ") ? "entity: found with another type/label" : "entity: not found";
  }
  if (head === "relation") return `relation ${kind === "miss" ? "missed" : "spurious"}: ${second}`;
  return `${head}${kind === "miss" ? " missed" : " spurious"}`;
}

export function failureTally(runs: ArticleRun[]): [string, number][] {
  const tally = new Map<string, number>();
  const bump = (k: string): void => void tally.set(k, (tally.get(k) ?? 0) + 1);
  for (const { score } of runs) {
    score.misses.forEach((m) => bump(failureClass(m, "miss")));
    score.falsePositives.forEach((m) => bump(failureClass(m, "fp")));
  }
  return [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** One line per article: entity and relation P/R/F1. */
export function compactLine(run: ArticleRun, label = run.id): string {
  const short = (c: Counts): string => {
    const { precision, recall, f1 } = prf(c);
    return `P ${pct(precision)} R ${pct(recall)} F1 ${pct(f1)} (${c.tp}/${c.fp}/${c.fn})`;
  };
  return `${label}  entities ${short(run.score.entities)}  relations ${short(run.score.relations)}`;
}

export function articleLines(run: ArticleRun, details: boolean): string[] {
  const lines = [`${run.id}`, ...summaryLines(totals([run]))];
  if (!details) return lines;
  run.score.misses.forEach((m) => lines.push(`    - miss  ${m}`));
  run.score.falsePositives.forEach((m) => lines.push(`    + false ${m}`));
  return lines;
}

/** The closing block of both evaluations: overall scores, per type, failure classes, warnings. */
export function overallLines(
  count: number,
  t: Totals,
  failures: [string, number][],
  warnings: readonly string[],
): string[] {
  const out = [`OVERALL (${count} articles, micro-averaged)`, ...summaryLines(t), "", ...typeLines(t)];
  out.push("", "Failure classes", ...failures.map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`));
  if (warnings.length > 0) out.push("", "Warnings from extract()", ...warnings.map((w) => `  ${w}`));
  return out;
}
