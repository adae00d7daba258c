/**
 * Extraction throughput: `npm run bench:extract [-- --runs 5 --mb 2 --large]`.
 * Builds a corpus by repeating and varying news-style sentences (written for Rawabit, names from
 * public life), cuts it into article-sized documents and reports, with the tagger on: lexicon and
 * model load time, tokens per second (median over runs), and peak RSS. --large also times one
 * 10 MB article against one 1 MB article to check that time grows linearly.
 */
import { parseArgs } from "node:util";
import { extract } from "../ingest/extract/index.js";
import { getTagger } from "../ingest/extract/tagger.js";
import { loadLexicon } from "../ingest/lexicon/index.js";
import { tokenize } from "../ingest/text/segment.js";

const TEMPLATES = [
  "استقبل الرئيس {nisba} {person} في {capital}، {day}، رئيس الوزراء {nisba2} {person2} لبحث التعاون بين البلدين.",
  "وقال المتحدث باسم وزارة الخارجية {nisba} إن {country} ملتزمة بتعزيز الشراكة مع {country2}.",
  "وأضاف {surname} أن “التعاون مع {capital} في مجال مكافحة الإرهاب سيستمر”، معرباً عن تطلعه لإجراء الانتخابات في أكتوبر المقبل.",
  "وأشارت وكالة {media} إلى أن القوات {nisba} لن تقاتل في {country2} بعد نهاية العام الجاري.",
  "تسلم جهاز مكافحة الإرهاب {nisba2} تجهيزات عسكرية بـ{n} مليون دولار من قوات التحالف الدولي لهزيمة تنظيم داعش.",
  "وكتب {surname} في تغريدة على تويتر أن المحادثات مع {person2} كانت مثمرة وتناولت ملفات الطاقة والتعليم.",
  "ومن المتوقع أن يعلن {surname} و{surname2}، خلال هذا اللقاء، انتهاء المهمة القتالية في {country2}.",
  "وكشف بيان صادر عن مجلس الوزراء {nisba2} أن الحكومة ستعلن خطتها لمواجهة كورونا وتطوير نظام التعليم.",
];

const PEOPLE = [
  ["جو بايدن", "بايدن"],
  ["مصطفى الكاظمي", "الكاظمي"],
  ["إيمانويل ماكرون", "ماكرون"],
  ["حسن ناظم", "ناظم"],
  ["رجب طيب أردوغان", "أردوغان"],
  ["أنتوني بلينكن", "بلينكن"],
  ["محمد شياع السوداني", "السوداني"],
  ["فؤاد حسين", "حسين"],
];
const COUNTRIES = [
  { country: "الولايات المتحدة", nisba: "الأميركي", capital: "واشنطن" },
  { country: "العراق", nisba: "العراقي", capital: "بغداد" },
  { country: "فرنسا", nisba: "الفرنسي", capital: "باريس" },
  { country: "تركيا", nisba: "التركي", capital: "أنقرة" },
  { country: "مصر", nisba: "المصري", capital: "القاهرة" },
  { country: "الأردن", nisba: "الأردني", capital: "عمّان" },
];
const MEDIA = ["“أسوشيتيد برس”", "رويترز", "فرانس برس", "الأناضول"];
const DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس"];

function corpus(targetChars: number): string[] {
  const articles: string[] = [];
  let size = 0;
  let seed = 1;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  while (size < targetChars) {
    const sentences: string[] = [];
    for (let s = 0; s < 30; s++) {
      const p = PEOPLE[next(PEOPLE.length)] as string[];
      const p2 = PEOPLE[next(PEOPLE.length)] as string[];
      const c = COUNTRIES[next(COUNTRIES.length)] as (typeof COUNTRIES)[number];
      const c2 = COUNTRIES[next(COUNTRIES.length)] as (typeof COUNTRIES)[number];
      const sentence = (TEMPLATES[next(TEMPLATES.length)] as string)
        .replaceAll("{person}", p[0] as string)
        .replaceAll("{surname}", p[1] as string)
        .replaceAll("{person2}", p2[0] as string)
        .replaceAll("{surname2}", p2[1] as string)
        .replaceAll("{country}", c.country)
        .replaceAll("{nisba}", c.nisba)
        .replaceAll("{capital}", c.capital)
        .replaceAll("{country2}", c2.country)
        .replaceAll("{nisba2}", c2.nisba.replace(/ي$/, "ي"))
        .replaceAll("{media}", MEDIA[next(MEDIA.length)] as string)
        .replaceAll("{day}", DAYS[next(DAYS.length)] as string)
        .replaceAll("{n}", String(5 + next(90)));
      sentences.push(sentence);
    }
    const article = sentences.join(next(3) === 0 ? "\n\n" : " ");
    articles.push(article);
    size += article.length;
  }
  return articles;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    mb: { type: "string", default: "1" },
    large: { type: "boolean" },
  },
});
const runs = Math.max(1, Number(args.runs));

let t0 = performance.now();
loadLexicon();
const lexiconMs = performance.now() - t0;
t0 = performance.now();
const { tagger, warning } = getTagger();
const taggerMs = performance.now() - t0;
if (!tagger) console.error(warning);

const articles = corpus(Number(args.mb) * 1_000_000);
const tokens = articles.reduce((n, a) => n + tokenize(a).length, 0);
extract(articles[0] ?? ""); // warm-up
const rates: number[] = [];
const cpuRates: number[] = [];
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let entities = 0;
  for (const a of articles) entities += extract(a).entities.length;
  const secs = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  rates.push(tokens / secs);
  // CPU time too: on a shared machine wall time also measures the neighbours.
  cpuRates.push(tokens / ((used.user + used.system) / 1e6));
  if (entities === 0) throw new Error("bench: no entities found — extraction is broken");
}
const report: Record<string, number | string | boolean> = {
  tagger: tagger !== null,
  articles: articles.length,
  tokens,
  runs,
  tokensPerSecond: Math.round(median(rates)),
  tokensPerCpuSecond: Math.round(median(cpuRates)),
  lexiconLoadMs: Math.round(lexiconMs),
  modelLoadMs: Math.round(taggerMs),
  peakRssMb: peakRssMb(),
};

if (args.large) {
  const one = articles.join("\n\n");
  const small = one.slice(0, 1_000_000);
  const big = one.repeat(Math.ceil(10_000_000 / one.length)).slice(0, 10_000_000);
  let s = performance.now();
  extract(small);
  const smallMs = performance.now() - s;
  s = performance.now();
  const r = extract(big);
  const bigMs = performance.now() - s;
  report.large10MbMs = Math.round(bigMs);
  report.large1MbMs = Math.round(smallMs);
  report.largeRatio = Number((bigMs / smallMs).toFixed(2));
  report.largeMentions = r.entities.reduce((n, e) => n + e.mentions.length, 0);
  report.peakRssMbAfterLarge = peakRssMb();
}

console.log(
  [
    `extract bench (tagger ${report.tagger ? "on" : "OFF"}): ${report.articles} articles, ${tokens} tokens, ${runs} runs`,
    `  tokens/s (median): ${report.tokensPerSecond} wall, ${report.tokensPerCpuSecond} per CPU second   target >= 50000`,
    `  lexicon load: ${report.lexiconLoadMs} ms   model load: ${report.modelLoadMs} ms   target < 300 ms`,
    `  peak RSS: ${report.peakRssMb} MB   target < 300 MB`,
    ...(args.large
      ? [
          `  1 MB article: ${report.large1MbMs} ms   10 MB article: ${report.large10MbMs} ms (x${report.largeRatio}, linear ≈ x10)   peak RSS ${report.peakRssMbAfterLarge} MB`,
        ]
      : []),
  ].join("\n"),
);
console.log(JSON.stringify(report));
