/** The corpus report as readable text (report-corpus.ts prints it unless --json). */
import { SUSPICION_KINDS } from "./names.js";
import type { CorpusReport } from "./aggregate.js";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const num = (x: number): string => Math.round(x).toLocaleString("en-US");

const SUSPICION_LABELS: Record<(typeof SUSPICION_KINDS)[number], string> = {
  proclitic: "first word is a proclitic glued to a name (وفلان)",
  "single-word-shared": "single-word Person name seen in ≥ 2 articles",
  title: "Person name holds a title, rank or honorific",
  "common-noun": "Person name holds a common noun (المواطن)",
  "function-word": "name holds a function word",
  formula: "name holds a religious formula (حفظه الله)",
};

export function reportLines(r: CorpusReport, file: string): string[] {
  const out: string[] = [`Corpus report: ${file}`, `  ${num(r.articles)} articles extracted`];
  if (r.badLines.count > 0) {
    out.push(`  ${r.badLines.count} bad line(s) skipped:`);
    r.badLines.examples.forEach((b) => out.push(`    line ${b.line}: ${b.error}`));
  }

  out.push("", "Entities by type (distinct by id across articles)");
  out.push(
    `  ${"type".padEnd(14)}${"distinct".padStart(10)}${"mentions".padStart(11)}${"seen once".padStart(11)}`,
  );
  for (const t of r.entities) {
    out.push(
      `  ${t.type.padEnd(14)}${num(t.distinct).padStart(10)}${num(t.mentions).padStart(11)}${pct(t.shareSeenOnce).padStart(11)}`,
    );
  }

  for (const [type, list] of Object.entries(r.top)) {
    if (list.length === 0) continue;
    out.push("", `Top ${list.length} ${type} (articles, mentions)`);
    list.forEach((e, i) =>
      out.push(`  ${String(i + 1).padStart(3)}. ${e.name} — ${e.nameEn}  (${e.articles}, ${e.mentions})`),
    );
  }

  const d = r.duplicates;
  out.push("", `Suspected duplicates among the top ${d.dupTop} of each type: ${d.pairs.length} pair(s)`);
  d.pairs.forEach((p) =>
    out.push(
      `  ${p.type.padEnd(13)}${p.kind.padEnd(15)}${p.a} (${p.articles[0]})  ≈  ${p.b} (${p.articles[1]})`,
    ),
  );
  const same = Object.entries(d.sameIdentityAll).filter(([, n]) => n > 0);
  out.push(
    `  entities sharing an identity form with another of their type (all entities): ${
      same.map(([t, n]) => `${t} ${num(n)}`).join(", ") || "none"
    }`,
  );

  out.push("", "Suspicious names (distinct entities)");
  for (const kind of SUSPICION_KINDS) {
    out.push(`  ${num(r.suspicious.counts[kind]).padStart(7)}  ${SUSPICION_LABELS[kind]}`);
    const ex = r.suspicious.examples[kind].map((e) => `${e.name} [${e.type}, ${e.articles}]`);
    if (ex.length > 0) out.push(`           e.g. ${ex.join("; ")}`);
  }

  out.push("", `Relations: ${num(r.relations.total)} (${r.relations.perArticle.toFixed(2)} per article)`);
  r.relations.byType.forEach((t) =>
    out.push(`  ${t.type.padEnd(16)}${num(t.count).padStart(9)}  ${t.perArticle.toFixed(3)} per article`),
  );

  const s = r.throughput;
  out.push(
    "",
    `Throughput (extract() only): ${num(s.words)} words in ${s.extractSeconds.toFixed(1)} s — ` +
      `${s.articlesPerSecond.toFixed(1)} articles/s, ${num(s.wordsPerSecond)} words/s wall, ` +
      `${num(s.wordsPerCpuSecond)} words per CPU second`,
  );
  return out;
}
