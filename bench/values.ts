/**
 * Values-stage throughput: `npx tsx bench/values.ts [runs]`. Builds a ~1 MB corpus by repeating
 * and varying news-style sentences (written for Rawabit), then reports the median over runs of
 * values found per second and characters per second.
 */
import { extractValues } from "../ingest/values/index.js";

const SENTENCES = [
  "وقّعت الشركة عقداً بقيمة {n} مليون دولار لبناء المحطة، الاثنين، في بغداد.",
  "بلغت قيمة الصفقة نحو ٢٫٥ مليار يورو بحلول نهاية أغسطس المقبل.",
  "قال المتحدث باسم الوزارة إن الانتخابات ستُجرى في أكتوبر المقبل، وإن الميزانية بلغت {n} ألف دينار عراقي.",
  "تراجع النمو العام الماضي، ويتوقع البنك تحسناً مطلع العام المقبل بعد ضخ نصف مليار دولار.",
  "وصل الوفد يوم الخميس {d} يوليو 2021 إلى عمّان لبحث التعاون الاقتصادي بين البلدين.",
  "أكد الرئيس أن القوات ستنسحب بنهاية العام الجاري، مشيراً إلى أن الحوار مستمر منذ عام 2014.",
  "وأشارت الوكالة إلى أن المحادثات بين الجانبين تناولت ملفات الطاقة والتعليم والصحة.",
];

function corpus(targetChars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const s = (SENTENCES[i % SENTENCES.length] as string)
      .replace("{n}", String(10 + (i % 900)))
      .replace("{d}", String(1 + (i % 28)));
    parts.push(s);
    size += s.length + 1;
  }
  return parts.join("\n");
}

const runs = Number(process.argv[2] ?? 5);
const text = corpus(1_000_000);
extractValues(text.slice(0, 20_000), { articleDate: "2021-07-26" }); // warm up the lexicon and JIT
const rates: { values: number; chars: number; ms: number }[] = [];
let count = 0;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  count = extractValues(text, { articleDate: "2021-07-26" }).length;
  const ms = performance.now() - t0;
  rates.push({ values: (count / ms) * 1000, chars: (text.length / ms) * 1000, ms });
}
rates.sort((a, b) => a.ms - b.ms);
const median = rates[Math.floor(rates.length / 2)] as (typeof rates)[number];
console.log(
  `values bench: ${text.length} chars, ${count} values, ${runs} runs — median ${median.ms.toFixed(0)} ms, ` +
    `${Math.round(median.values).toLocaleString("en")} values/s, ${Math.round(median.chars).toLocaleString("en")} chars/s, ` +
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
