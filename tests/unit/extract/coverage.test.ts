/** Lexicon coverage and the ambiguity, apposition, boundary and synonym rules, on news-style sentences. */
import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const found = (text: string): string[] =>
  extract(text, { tagger: false }).entities.map((e) => `${e.type}:${e.nameEn}`);

describe("coverage: capitals, cities, places, organisations, agencies", () => {
  it.each([
    ["وصل الوفد إلى مينسك مساء الأحد.", "City:Minsk"],
    ["وقعت انفجارات في بنغازي ومصراتة.", "City:Benghazi"],
    ["اندلعت اشتباكات في مدينة وهران.", "City:Oran"],
    ["تعرضت سفينة لهجوم في مضيق هرمز.", "Location:Strait of Hormuz"],
    ["أعلنت المفوضية الأوروبية خطة جديدة.", "Organization:European Commission"],
    ["قال برنامج الأغذية العالمي إن المخزون نفد.", "Organization:World Food Programme"],
    ["وذكرت وكالة الأنباء الكويتية (كونا) أن الاجتماع انتهى.", "Organization:Kuwait News Agency"],
    ["ونقلت وكالة سانا عن مصدر عسكري.", "Organization:Syrian Arab News Agency"],
    ["وكتب الوزير على إكس أن المحادثات مثمرة.", "Organization:X"],
    ["اتهمت قوات الدعم السريع الجيش بقصف السوق.", "Organization:Rapid Support Forces"],
    ["دخلت المساعدات عبر معبر رفح.", "Location:Rafah crossing"],
  ])("%s → %s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("homographs and capitals as places", () => {
  it.each([
    ["وصل الوزير إلى العاصمة الجزائرية الجزائر أمس.", "City:Algiers", null],
    ["عقد الاجتماع في تونس العاصمة.", "City:Tunis", null],
    ["قالت الجزائر إنها ترفض القرار.", "Country:Algeria", "City:Algiers"],
    ["التقى الملك في عمان بوفد من الحكومة الأردنية.", "City:Amman", "Country:Oman"],
    ["وقعت سلطنة عمان اتفاقا مع الهند.", "Country:Oman", "City:Amman"],
    ["وصل الرئيس إلى العاصمة الأوكرانية كييف.", "City:Kyiv", null],
    ["قالت واشنطن إن المحادثات مستمرة.", "Country:United States", "City:Washington"],
    ["زار وزير الخارجية الياباني بكين الأسبوع الماضي، ثم زار بكين مجددا.", "City:Beijing", null],
    ["دخلت المساعدات إلى غزة أمس.", "Location:Gaza Strip", "City:Gaza City"],
  ])("%s → %s", (text, expected, absent) => {
    const got = found(text);
    expect(got).toContain(expected);
    if (absent) expect(got).not.toContain(absent);
  });
});

describe("name boundaries and titles", () => {
  it.each([
    ["وأكد وزير الزراعة خالد أبو العينين أن الموسم جيد.", "خالد أبو العينين"],
    ["التقى رئيس الوزراء الفلسطيني محمد عبد الله الشامي نظيره.", "محمد عبد الله الشامي"],
    ["وقال المتحدث باسم البيت الأبيض جون كيربي إن واشنطن سترد.", "جون كيربي"],
  ])("%s → %s", (text, name) => {
    const people = extract(text, { tagger: false }).entities.filter((e) => e.type === "Person");
    expect(people.map((p) => p.name)).toEqual([name]);
  });

  it.each([
    ["وقال وزير الخارجية إن الاجتماع كان مثمرا."],
    ["دعا البيان إلى حسن الجوار بين البلدين."],
    ["وقال مسؤول مغربي بشأن منطقة الحدود إن الوضع هادئ."],
  ])("no person in: %s", (text) => {
    expect(found(text).filter((e) => e.startsWith("Person"))).toEqual([]);
  });
});

describe("parliament synonyms", () => {
  it("البرلمان / مجلس النواب of one country are one entity", () => {
    const r = extract("قال البرلمان اللبناني إن مجلس النواب اللبناني سيجتمع. وأجل مجلس النواب الجلسة.", {
      tagger: false,
    });
    const orgs = r.entities.filter((e) => e.type === "Organization");
    expect(orgs.map((o) => o.nameEn)).toEqual(["Lebanese Parliament"]);
    expect(orgs[0]?.mentions).toHaveLength(3);
  });

  it("different countries' parliaments stay apart", () => {
    const orgs = found("رحب مجلس النواب العراقي بالاتفاق، كما رحب البرلمان الأردني به.").filter((e) =>
      e.startsWith("Organization"),
    );
    expect(orgs).toEqual(["Organization:Iraqi Parliament", "Organization:Jordanian Parliament"]);
  });
});

describe("search aliases", () => {
  it("carry gazetteer spelling variants, not clitic forms", () => {
    const us = extract("وقالت أميركا إنها سترد.", { tagger: false }).entities.find(
      (e) => e.id === "country:US",
    );
    expect(us?.aliases).toContain("أمريكا");
    expect(us?.aliases.length).toBeLessThanOrEqual(12);
    expect(us?.aliases.some((a) => a.startsWith("لل"))).toBe(false);
  });
});
