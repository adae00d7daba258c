// Sentences written for these tests in the style of Arabic wire copy (not taken from any article),
// plus the founding sample article (samples/seed-article.txt, published 2021-07-26).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputError } from "../../../ingest/errors.js";
import type { Value } from "../../../ingest/model.js";
import { extractValues } from "../../../ingest/values/index.js";
import { load, MonthsFile } from "../../../ingest/values/lexicon-schema.js";

const ARTICLE_DATE = "2021-07-26"; // a Monday

function only(text: string, kind: Value["kind"], articleDate?: string): Value {
  const values = extractValues(text, articleDate ? { articleDate } : {}).filter((v) => v.kind === kind);
  expect(values, `values in: ${text}`).toHaveLength(1);
  const v = values[0] as Value;
  expect(v.text).toBe(text.slice(v.start, v.end));
  return v;
}

describe("money", () => {
  it.each([
    ["وقّعت الشركة عقداً بقيمة 25 مليون دولار لبناء المحطة", "25 مليون دولار", 25_000_000, "USD"],
    ["خصصت الحكومة ٢٥ مليون دولار أميركي لإعادة الإعمار", "٢٥ مليون دولار أميركي", 25_000_000, "USD"],
    ["بلغت قيمة الصفقة نحو ٢٫٥ مليار يورو", "٢٫٥ مليار يورو", 2_500_000_000, "EUR"],
    ["تبرعت الدولة بمبلغ ١٬٥٠٠ دولار لكل أسرة", "١٬٥٠٠ دولار", 1500, "USD"],
    ["رصد البنك 1,250,000 دولار للمشروع", "1,250,000 دولار", 1_250_000, "USD"],
    ["قدمت الوكالة مليون دولار مساعدات عاجلة", "مليون دولار", 1_000_000, "USD"],
    ["أعلنت الوزارة تخصيص مليوني دولار للمدارس", "مليوني دولار", 2_000_000, "USD"],
    ["اشترت الشركة الأرض بعشرة ملايين دينار عراقي", "عشرة ملايين دينار عراقي", 10_000_000, "IQD"],
    ["بلغت الإيرادات ثلاثة مليارات ريال سعودي", "ثلاثة مليارات ريال سعودي", 3_000_000_000, "SAR"],
    ["ضخ الصندوق نصف مليار دولار في السوق", "نصف مليار دولار", 500_000_000, "USD"],
    ["بيعت اللوحة بـ25 مليون دولار في المزاد", "25 مليون دولار", 25_000_000, "USD"],
    ["تبلغ الميزانية 2 مليار و500 مليون دولار", "2 مليار و500 مليون دولار", 2_500_000_000, "USD"],
    ["دفع المستثمر خمسة وعشرين ألف درهم إماراتي", "خمسة وعشرين ألف درهم إماراتي", 25_000, "AED"],
    [
      "خسرت الليرة التركية قيمتها وبلغ الدين 40 مليار ليرة تركية",
      "40 مليار ليرة تركية",
      40_000_000_000,
      "TRY",
    ],
    ["فرضت موسكو غرامة قدرها 300 ألف روبل", "300 ألف روبل", 300_000, "RUB"],
    ["صدّرت الصين سلعاً بقيمة 7.5 تريليون يوان", "7.5 تريليون يوان", 7_500_000_000_000, "CNY"],
    ["استثمرت الشركة مئة مليون جنيه إسترليني", "مئة مليون جنيه إسترليني", 100_000_000, "GBP"],
    ["ارتفع سعر التذكرة إلى 50 جنيهاً مصرياً", "50 جنيهاً مصرياً", 50, "EGP"],
    ["The fund raised $25 million last year", "$25 million", 25_000_000, "USD"],
  ])("%s", (sentence, text, value, currency) => {
    const v = only(sentence, "money");
    expect(v.text).toBe(text);
    expect(v.value).toBe(value);
    expect(v.currency).toBe(currency);
  });

  it.each([
    ["تلقت البلدية 500 ألف دينار من المانحين", 500_000, "dinar"],
    ["دفع 20 ليرة ثمناً للخبز", 20, "lira"],
  ])("keeps a bare ambiguous currency unresolved: %s", (sentence, value, noun) => {
    const v = only(sentence, "money");
    expect(v.value).toBe(value);
    expect(v.currency).toBeUndefined();
    expect(v.properties).toMatchObject({ ambiguous: true, currencyNoun: noun });
  });

  it.each([
    ["قال المسؤول إن أكثر من 25 مليون دولار صُرفت", "over"],
    ["خسر السوق حوالي 3 مليارات دولار", "approximately"],
  ])("records the bound word before the amount: %s", (sentence, bound) => {
    expect(only(sentence, "money").properties).toMatchObject({ bound });
  });
});

describe("dates resolved against the article date", () => {
  it.each([
    ["وقّع الاتفاق في 15 أغسطس 2021 بالعاصمة", "15 أغسطس 2021", "2021-08-15"],
    ["عقد الاجتماع في 15 آب/أغسطس 2021", "15 آب/أغسطس 2021", "2021-08-15"],
    ["صدر القرار بتاريخ 2021/08/15 عن المحكمة", "2021/08/15", "2021-08-15"],
    ["أُعلن في ١٥-٠٨-٢٠٢١ عن الاتفاق", "١٥-٠٨-٢٠٢١", "2021-08-15"],
    ["تأسس الحزب عام 2014 في بغداد", "عام 2014", "2014"],
    ["يقيم في المنفى منذ 2014", "منذ 2014", "2014"],
    ["تُجرى الانتخابات في أكتوبر المقبل", "أكتوبر المقبل", "2021-10"],
    ["بدأت المحادثات في تشرين الأول الماضي", "تشرين الأول الماضي", "2020-10"],
    ["اجتمع الطرفان في مارس الماضي", "مارس الماضي", "2021-03"],
    ["سيزور الوفد القاهرة الشهر المقبل", "الشهر المقبل", "2021-08"],
    ["تراجع النمو العام الماضي بنسبة كبيرة", "العام الماضي", "2020"],
    ["ستنسحب القوات بنهاية العام الجاري", "نهاية العام الجاري", "2021"],
    ["تكتمل المرحلة الأولى نهاية هذا العام", "نهاية هذا العام", "2021"],
    ["تغادر آخر القوات بحلول نهاية أغسطس المقبل", "بحلول نهاية أغسطس المقبل", "2021-08"],
    ["قال الوزير أمس إن المفاوضات مستمرة", "أمس", "2021-07-25"],
    ["وصل الوفد أمس الأول إلى دمشق", "أمس الأول", "2021-07-24"],
    ["عاد السفير أول أمس من واشنطن", "أول أمس", "2021-07-24"],
    ["يصل الرئيس غداً إلى الرياض", "غداً", "2021-07-27"],
    ["أعلنت الوزارة اليوم عن خطة جديدة", "اليوم", "2021-07-26"],
    ["تبدأ القمة يوم الخميس في جنيف", "يوم الخميس", "2021-07-29"],
    ["وقال المتحدث، السبت، إن الهدنة صامدة", "السبت", "2021-07-24"],
    ["سيلتقي الوزيران الأحد المقبل", "الأحد المقبل", "2021-08-01"],
    ["ستعلن الحكومة الاثنين عن خطتها", "الاثنين", "2021-07-26"],
    ["وصل الوفد الجمعة 23 يوليو 2021 إلى عمّان", "الجمعة 23 يوليو 2021", "2021-07-23"],
    ["نُشر التقرير في كانون الثاني 2020", "كانون الثاني 2020", "2020-01"],
    ["وقعت الهجمات في 11 سبتمبر", "11 سبتمبر", "2021-09-11"],
  ])("%s", (sentence, text, value) => {
    const v = only(sentence, "date", ARTICLE_DATE);
    expect(v.text).toBe(text);
    expect(v.value).toBe(value);
  });

  it.each([
    ["بحلول نهاية أغسطس المقبل", { qualifier: "end", by: true, relative: "next", month: 8 }],
    ["بحلول 2030", { qualifier: "by", year: 2030 }],
    ["مطلع العام المقبل", { qualifier: "start", relative: "next", unit: "year" }],
    ["منتصف الشهر الجاري", { qualifier: "mid", relative: "current", unit: "month" }],
  ])("qualifies %s", (text, properties) => {
    expect(only(text, "date", ARTICLE_DATE).properties).toMatchObject(properties);
  });

  it("resolves أكتوبر المقبل said in November to the next year", () => {
    expect(only("أكتوبر المقبل", "date", "2021-11-03").value).toBe("2022-10");
  });
});

describe("dates without an article date", () => {
  it.each([
    ["تُجرى الانتخابات في أكتوبر المقبل", null, { relative: "next", month: 10, granularity: "month" }],
    ["ينتهي العقد نهاية العام الجاري", null, { relative: "current", unit: "year", qualifier: "end" }],
    ["يعود السفير الاثنين المقبل", null, { relative: "next", weekday: 1, granularity: "day" }],
    ["سافر الوزير أمس", null, { offset: -1 }],
    ["أُبرم الاتفاق في 15 أغسطس 2021", "2021-08-15", { day: 15, month: 8, year: 2021 }],
  ])("%s", (sentence, value, properties) => {
    const v = only(sentence, "date");
    expect(v.value).toBe(value);
    expect(v.properties).toMatchObject(properties);
  });
});

describe("not values", () => {
  it.each([
    ["يعيش في المدينة 25 مليون نسمة"],
    ["مارس الحزب ضغوطاً كبيرة على الحكومة"],
    ["التقى الأمين العام المقبل للمنظمة بالوزراء"],
    ["أدى المصلون صلاة الجمعة في المسجد"],
    ["خاض اللاعبون الأحد عشر المباراة كاملة"],
    ["اتفق الطرفين الاثنين على وقف النار"],
    ["احتفلت البلاد باليوم الوطني"],
    ["تحدث الرئيس عن نهاية الحرب"],
    ["حمل الصبي حقيبة آب وأمه"],
    ["سجل الفريق 2014 نقطة هذا الموسم"],
    ["ارتفع عدد الإصابات إلى 25 ألفاً"],
    ["شاهد الناس سيارة نيسان الجديدة"],
    ["وضعته كتاباته في باب عشاقها"],
  ])("%s", (sentence) => {
    expect(extractValues(sentence, { articleDate: ARTICLE_DATE })).toEqual([]);
  });
});

describe("robustness", () => {
  it("keeps spans on the original text through diacritics, tatweel and bidi marks", () => {
    const text = "خصّصت الحكومةُ \u200f٣ ملايـين دولارٍ غداً";
    const values = extractValues(text, { articleDate: ARTICLE_DATE });
    expect(values.map((v) => [v.kind, v.text, v.value])).toEqual([
      ["money", "٣ ملايـين دولارٍ", 3_000_000],
      ["date", "غداً", "2021-07-27"],
    ]);
  });

  it.each([["2021/07/32"], ["yesterday"], [""]])("rejects articleDate %j with a clear error", (bad) => {
    expect(() => extractValues("أمس", { articleDate: bad })).toThrow(InputError);
    expect(() => extractValues("أمس", { articleDate: bad })).toThrow(/articleDate must be an ISO date/);
  });

  it("keeps offsets exact when a very long line is scanned in pieces", () => {
    const sentence = "رصدت الوزارة 5 ملايين دولار أمس. ";
    const text = sentence.repeat(6000); // ~200,000 characters, no line break
    const values = extractValues(text, { articleDate: ARTICLE_DATE });
    expect(values).toHaveLength(12_000);
    for (const v of values) expect(v.text).toBe(text.slice(v.start, v.end));
    expect(values.at(-2)).toMatchObject({ kind: "money", value: 5_000_000, currency: "USD" });
  });

  it.each([
    ["./missing.json", /cannot read lexicon .*missing\.json/],
    ["./weekdays.json", /lexicon \.\/weekdays\.json is invalid at months/],
  ])("names the lexicon file and the fix when %s is unusable", (file, message) => {
    expect(() => load(file, MonthsFile)).toThrow(message);
  });

  it("returns nothing for empty and non-Arabic text", () => {
    expect(extractValues("")).toEqual([]);
    expect(extractValues("The quick brown fox, 2021.")).toEqual([]);
  });

  it("finds the values of the sample article", () => {
    const text = readFileSync(new URL("../../../samples/seed-article.txt", import.meta.url), "utf8");
    const values = extractValues(text, { articleDate: ARTICLE_DATE });
    for (const v of values) expect(v.text).toBe(text.slice(v.start, v.end));
    const texts = values.map((v) => v.text);
    expect(texts).toEqual(
      expect.arrayContaining(["الاثنين", "أكتوبر المقبل", "نهاية العام الجاري", "بحلول نهاية أغسطس المقبل"]),
    );
    expect(values.find((v) => v.text === "أكتوبر المقبل")?.value).toBe("2021-10");
  });
});
