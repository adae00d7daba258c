/**
 * The extraction benchmark corpus: news-style sentences written for Rawabit (names from public
 * life), repeated and varied with a seeded generator, cut into article-sized documents.
 */
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

/** Articles of about 30 sentences each, `targetChars` characters in all, the same on every run. */
export function corpus(targetChars: number): string[] {
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

/** One article of `chars` characters: the corpus joined into paragraphs and repeated. */
export function longArticle(chars: number): string {
  const one = corpus(1_000_000).join("\n\n");
  return one.repeat(Math.ceil(chars / one.length)).slice(0, chars);
}
