/**
 * NER tagger benchmark: `npx tsx bench/ner.ts [repeat] [corpus.conll]`. Measures model load
 * time, tagging speed (tokens per second, single process, cold per-word cache) and peak memory.
 * The corpus is the words of a CoNLL file (default: ../shared/data/anercorp/train.conll, real
 * news vocabulary) or, when that is absent, news sentences written for it, repeated and varied.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ROOT_DIR } from "../ingest/config.js";
import { parseConllInput, sentencesOf } from "../ingest/ner/conll.js";
import { readTagger } from "../ingest/ner/loader.js";

const SENTENCES = [
  "التقى الرئيس الفرنسي إيمانويل ماكرون في باريس نظيره المصري عبد الفتاح السيسي",
  "وقال وزير الخارجية الأميركي أنتوني بلينكن إن واشنطن تدعم الحوار بين الأطراف",
  "وأعلنت وزارة الصحة في بغداد أن عدد الإصابات ارتفع إلى 25 حالة أمس",
  "ودعت منظمة الأمم المتحدة إلى وقف إطلاق النار في قطاع غزة",
  "واستقبل الملك عبد الله الثاني في عمان وفدا من الاتحاد الأوروبي",
  "وذكرت وكالة الأنباء الفرنسية أن الاجتماع سيعقد في جنيف الشهر المقبل",
];
const NAMES = ["ماكرون", "بايدن", "شولتس", "أردوغان", "السوداني", "بوتين"];

function corpus(repeat: number): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < repeat; r++) {
    for (const s of SENTENCES) out.push(s.replace("ماكرون", NAMES[r % NAMES.length] ?? "").split(" "));
  }
  return out;
}

const repeat = Number(process.argv[2] ?? 1);
const file = process.argv[3] ?? path.resolve(ROOT_DIR, "..", "shared", "data", "anercorp", "train.conll");
let t = performance.now();
const loadCpu = process.cpuUsage();
const tagger = readTagger();
const loadMs = performance.now() - t;
const loadCpuMs = (process.cpuUsage(loadCpu).user + process.cpuUsage(loadCpu).system) / 1000;
const base = existsSync(file) ? sentencesOf(parseConllInput(readFileSync(file, "utf8"))) : corpus(2000);
const sentences = Array.from({ length: repeat }, () => base).flat();
console.log(`corpus: ${existsSync(file) ? file : "built-in sentences"} × ${repeat}`);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
t = performance.now();
const cpu = process.cpuUsage();
for (const s of sentences) tagger.tag(s);
const seconds = (performance.now() - t) / 1000;
const used = process.cpuUsage(cpu);
// On a shared machine wall time includes waiting for a core; CPU time is what tagging costs.
const cpuSeconds = (used.user + used.system) / 1e6;
console.log(`model load: ${loadMs.toFixed(0)} ms wall, ${loadCpuMs.toFixed(0)} ms CPU`);
console.log(
  `tagged ${tokens} tokens in ${seconds.toFixed(2)} s: ${Math.round(tokens / seconds)} tokens/s (wall)`,
);
console.log(`CPU time ${cpuSeconds.toFixed(2)} s: ${Math.round(tokens / cpuSeconds)} tokens per CPU-second`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
