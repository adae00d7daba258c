/**
 * Relation-stage throughput: `npx tsx bench/relate.ts [--runs 5 --copies 40]`.
 * Extracts entities once (untimed), then times relate() alone and extract() as a whole over a
 * corpus made of the sample article and news-style paragraphs written for the relation tests,
 * repeated with the names swapped so the maps do not just see one article.
 */
import { readFileSync } from "node:fs";
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { extract } from "../ingest/extract/index.js";
import { relate } from "../ingest/relate/index.js";
import { tokenize } from "../ingest/text/segment.js";

const PARAGRAPHS = [
  "واستقبل الرئيس المصري عبد الفتاح السيسي في القاهرة، الأحد، وزير الخارجية الروسي سيرغي لافروف، وقال إن بلاده حريصة على التعاون مع روسيا.",
  "وقدمت اليابان مساعدات إنسانية بقيمة 10 ملايين دولار إلى اليمن، وفقاً لوكالة رويترز.",
  "وفرضت الولايات المتحدة عقوبات جديدة على إيران، وأعلنت فرنسا سحب قواتها من مالي بحلول نهاية العام.",
  "وكتب الرئيس الفرنسي إيمانويل ماكرون في تغريدة على تويتر: «نقف إلى جانب لبنان».",
  "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران سترد، مشيراً إلى أن العلاقات السعودية الإيرانية تتحسن.",
];
const SWAPS: [string, string][] = [
  ["بايدن", "ماكرون"],
  ["الكاظمي", "السوداني"],
  ["العراق", "الأردن"],
  ["العراقي", "الأردني"],
];

const { values: args } = parseScriptArgs(
  "bench/relate.ts",
  { runs: { type: "string", default: "5" }, copies: { type: "string", default: "40" } },
  scriptUsage(import.meta.url),
);
const sample = readFileSync(new URL("../samples/seed-article.txt", import.meta.url), "utf8");
const articles: string[] = [];
for (let i = 0; i < Number(args.copies); i++) {
  let a = `${sample}\n\n${PARAGRAPHS.join("\n\n")}`;
  if (i % 2 === 1) for (const [x, y] of SWAPS) a = a.replaceAll(x, y);
  articles.push(a);
}
const tokens = articles.reduce((n, a) => n + tokenize(a).length, 0);
const prepared = articles.map((text) => {
  const r = extract(text);
  return { text, sentences: r.sentences ?? [], entities: r.entities, values: r.values };
});

const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;
/** Tokens per wall second and per CPU second (the machine is shared: CPU time is the fairer one). */
const time = (fn: () => void): { wall: number; cpu: number } => {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < Number(args.runs); r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    wall.push(tokens / ((performance.now() - t0) / 1000));
    cpu.push(tokens / ((c.user + c.system) / 1e6));
  }
  return { wall: Math.round(median(wall)), cpu: Math.round(median(cpu)) };
};
let relations = 0;
let statements = 0;
const relateRate = time(() => {
  relations = 0;
  statements = 0;
  for (const p of prepared) {
    const out = relate(p);
    relations += out.relations.length;
    statements += out.statements.length;
  }
});
const extractRate = time(() => {
  for (const a of articles) extract(a);
});
console.log(`relate bench: ${articles.length} articles, ${tokens} tokens, ${args.runs} runs`);
console.log(
  `  relate() alone: ${relateRate.wall} tokens/s wall, ${relateRate.cpu} per CPU second   (${relations} relations, ${statements} statements)`,
);
console.log(
  `  extract() with relations: ${extractRate.wall} tokens/s wall, ${extractRate.cpu} per CPU second   target >= 50000`,
);
