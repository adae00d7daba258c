import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const ofType = (text: string, type: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

// Sentences written for these tests; the bodies and people are invented.
describe("where an organisation name ends", () => {
  it.each([
    // a purpose noun and the adjective the lexicon glosses with it
    ["وأطلقت المديرية العامة للشؤون الصحية بالمنطقة حملة للتطعيم.", "المديرية العامة للشؤون الصحية"],
    // an adjective of kind after the name describes it
    ["وأعلنت وزارة النفط الحكومية خطة لزيادة الإنتاج.", "وزارة النفط"],
    // a joined noun with an adjective of kind is a second set of bodies
    ["وقالت وزارة الحج والقطاعات الحكومية الأخرى إن الاستعدادات اكتملت.", "وزارة الحج"],
    // a glossed noun joined to a glossed complement after a head that is no everyday noun
    ["وأصدر مكتب العمل والعمال تعميما جديدا.", "مكتب العمل والعمال"],
  ])("%s", (text, name) => {
    expect(ofType(text, "Organization")).toEqual([name]);
  });
});

describe("قيادة + who or what is led names no body", () => {
  it.each([
    "وحقق الفريق الفوز تحت قيادة المدرب البرتغالي في الجولة الأولى.",
    "وتألق المهاجم تحت قيادة برشلونة في البطولة.",
  ])("%s", (text) => {
    expect(ofType(text, "Organization")).toEqual([]);
  });
});

describe("places named with a head or a region", () => {
  it("المنطقة الجنوبية and the other directions are regions", () => {
    expect(ofType("وتشهد المنطقة الشمالية والمنطقة الوسطى أمطارا غزيرة.", "Location")).toEqual([
      "المنطقة الشمالية",
      "المنطقة الوسطى",
    ]);
  });

  it("an air base named after a king, with its adjective", () => {
    expect(ofType("وهبطت الطائرة في قاعدة الملك عبدالعزيز الجوية مساء أمس.", "Location")).toEqual([
      "قاعدة الملك عبدالعزيز الجوية",
    ]);
    expect(ofType("وهبطت الطائرة في قاعدة الملك عبدالعزيز الجوية مساء أمس.", "Person")).toEqual([]);
  });

  it("قاعدة + a common noun is no place", () => {
    expect(ofType("وأنشأت الشركة قاعدة بيانات للعملاء.", "Location")).toEqual([]);
  });
});

describe("a town of two words behind ب", () => {
  it("بخميس مشيط is the town, not a person", () => {
    const r = extract("وأقيم الحفل الختامي بخميس مشيط مساء الخميس.");
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual([]);
    expect(r.entities.filter((e) => e.type === "City").map((e) => e.name)).toEqual(["خميس مشيط"]);
  });
});

describe("a head of a place or body starts no person's name", () => {
  it("title + مطار + base: the base, no person", () => {
    const r = extract("وغادر ولي العهد مطار قاعدة الملك عبدالعزيز الجوية مساء أمس.", { tagger: false });
    expect(r.entities.filter((e) => e.type === "Location").map((e) => e.name)).toEqual([
      "قاعدة الملك عبدالعزيز الجوية",
    ]);
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).not.toContain("مطار قاعدة");
  });
});

describe("names and non-names met on a sample of real news", () => {
  it("للجنة X: the name drops the preposition", () => {
    expect(ofType("وشارك المركز التابع للجنة التنمية الاجتماعية الأهلية في الحفل.", "Organization")).toEqual([
      "لجنة التنمية الاجتماعية الأهلية",
    ]);
  });

  it("قوة + a currency is the currency's strength", () => {
    expect(ofType("وتراجعت الصادرات بسبب ضعف الطلب وقوة الدولار أمام العملات.", "Organization")).toEqual([]);
  });

  it("مدينة + a participle describes the city", () => {
    expect(ofType("وتعمل الشركة على إنشاء مدينة متكاملة شمال العاصمة.", "City")).toEqual([]);
  });
});

describe("what is not joined to an organisation's name", () => {
  it.each([
    // a verb that starts with ال after و
    ["ولعب المهاجم في نادي الهلال والتحق بالمنتخب بعدها.", "نادي الهلال"],
    // a given name in و after a body starts its holder's name
    ["وقال مدير مكتب العمل وليد الحربي إن الحملة مستمرة.", "مكتب العمل"],
  ])("%s", (text, name) => {
    expect(ofType(text, "Organization")).toEqual([name]);
  });
});
