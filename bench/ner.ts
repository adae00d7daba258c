/**
 * NER tagger benchmark: `npx tsx bench/ner.ts [repeat]`. Measures model load time and tagging
 * speed (tokens per second, single process) on ANERcorp-style news sentences written for it,
 * repeated and varied (names swapped), and peak memory.
 */
import { performance } from "node:perf_hooks";
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

const repeat = Number(process.argv[2] ?? 2000);
let t = performance.now();
const tagger = readTagger();
const loadMs = performance.now() - t;
const sentences = corpus(repeat);
const tokens = sentences.reduce((n, s) => n + s.length, 0);
tagger.tag(sentences[0] ?? []); // warm-up
t = performance.now();
for (const s of sentences) tagger.tag(s);
const seconds = (performance.now() - t) / 1000;
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(`tagged ${tokens} tokens in ${seconds.toFixed(2)} s: ${Math.round(tokens / seconds)} tokens/s`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
