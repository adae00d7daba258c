// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const countries = (text: string): { id: string; mentions: string[] }[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Country")
    .map((e) => ({ id: e.id, mentions: e.mentions.map((m) => m.text) }));

const persons = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a country's formal name is one mention, its state noun included", () => {
  it.each([
    ["ووقعت الاتفاقية مع جمهورية تركيا أمس.", "country:TR", "جمهورية تركيا"],
    ["وأعلنت الجمهورية اليمنية موقفها من الأزمة.", "country:YE", "الجمهورية اليمنية"],
    ["وشاركت الجمهورية العربية السورية في الاجتماع.", "country:SY", "الجمهورية العربية السورية"],
    ["وتسلم السفير أوراق اعتماده لدى المملكة الأردنية الهاشمية.", "country:JO", "المملكة الأردنية الهاشمية"],
    ["وزار الوفد جمهورية مصر العربية الشهر الماضي.", "country:EG", "جمهورية مصر العربية"],
    ["ووقعت مملكة البحرين مذكرة تفاهم.", "country:BH", "مملكة البحرين"],
  ])("%s", (text, id, mention) => {
    expect(countries(text)).toContainEqual({ id, mentions: [mention] });
  });

  it("دولة before a name stays outside the mention", () => {
    expect(countries("وتستمر أعمال الإغاثة في دولة اليمن الشقيق.")).toContainEqual({
      id: "country:YE",
      mentions: ["اليمن"],
    });
  });

  it("a state noun before no country's name is nothing", () => {
    expect(countries("وأعلنت الدولة الإسلامية مسؤوليتها.")).toEqual([]);
  });
});

describe("spellings of countries news uses", () => {
  it.each([
    ["وسافر الوفد إلى الأوروغواي أمس.", "country:UY"],
    ["وتلعب تنزانيا مع مالاوي في الدور الأول.", "country:MW"],
    ["وتلعب سوازيلاند مع جيبوتي غدا.", "country:SZ"],
    ["وتأهلت موزامبيق إلى الدور الثاني.", "country:MZ"],
    ["وتواجه ساو تومي وبرانسيب منتخب إثيوبيا.", "country:ST"],
  ])("%s", (text, id) => {
    expect(countries(text).map((c) => c.id)).toContain(id);
  });

  it("السورية, the nisba spelled like the country's short name سورية", () => {
    expect(countries("وعبر اللاجئون الحدود السورية أمس.")).toContainEqual({
      id: "country:SY",
      mentions: ["السورية"],
    });
  });
});

describe("a nisba that is also a given name, before a family name", () => {
  it("تركي before a family name of nisba shape is a person", () => {
    const text = "وسجل اللاعب تركي القرشاني هدف الفوز.";
    expect(persons(text)).toContain("تركي القرشاني");
    expect(countries(text)).toEqual([]);
  });

  it("a nationality before a country's nisba or a word stays the nationality", () => {
    expect(countries("والتقى مسؤول تركي الأسبوع الماضي نظيره.").map((c) => c.id)).toContain("country:TR");
  });
});

describe("the constituent countries of the United Kingdom are countries (ISO 3166-2 codes)", () => {
  it.each([
    ["وسافر المنتخب إلى إنجلترا لخوض معسكر إعدادي.", "country:GB-ENG", "إنجلترا"],
    ["وانتقل اللاعب إلى الدوري الانجليزي الموسم الماضي.", "country:GB-ENG", "الانجليزي"],
    ["وأقيمت المباراة في انكلترا أمس.", "country:GB-ENG", "انكلترا"],
    ["وصوت البرلمان على استفتاء استقلال اسكتلندا.", "country:GB-SCT", "اسكتلندا"],
    ["وشارك وفد من أيرلندا الشمالية في المؤتمر.", "country:GB-NIR", "أيرلندا الشمالية"],
  ])("%s", (text, id, mention) => {
    expect(countries(text)).toContainEqual({ id, mentions: [mention] });
  });

  it("keeps England and the United Kingdom apart, with their own labels", () => {
    const r = extract("وقال وزير الخارجية البريطاني إن إنجلترا وويلز ستطبقان القرار.", { tagger: false });
    const byId = new Map(r.entities.map((e) => [e.id, e]));
    expect(byId.get("country:GB")?.nameEn).toBe("United Kingdom");
    expect(byId.get("country:GB-ENG")?.nameEn).toBe("England");
    expect(byId.get("country:GB-ENG")?.properties.code).toBe("GB-ENG");
  });
});

describe("a nisba after the word for language names the language, not a country", () => {
  it.each([
    "ويتحدث المدرب اللغة الإنجليزية بطلاقة.",
    "ويصدر التقرير باللغة الفرنسية كل عام.",
    "وتتوفر الخدمة باللغتين العربية والإنجليزية.",
  ])("%s", (text) => {
    expect(countries(text)).toEqual([]);
  });
});
