import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const orgs = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

// Sentences written for these tests; the bodies are invented unless commonly known.
describe("organisation names after a head that names only institutions", () => {
  it.each([
    ["أعلنت وزارة الشؤون البلدية والقروية أن المشروع بدأ.", "وزارة الشؤون البلدية والقروية"],
    ["وقال حزب الأحرار إنه يعارض الضريبة الجديدة.", "حزب الأحرار"],
    ["واجتمعت لجنة الانضباط أمس للنظر في الشكوى.", "لجنة الانضباط"],
    ["وأصدرت هيئة التخصصات المهنية قرارا جديدا.", "هيئة التخصصات المهنية"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    // a place or institution noun after the head refers back to one named before
    "وأعلنت بلدية المحافظة عن مشاريع جديدة.",
    "وشكلت لجنة الوزارة فريقا للمتابعة.",
    // اتحاد + a common noun is a short reference, not a name
    "وقرر اتحاد اللعبة تأجيل المباراة.",
  ])("no name: %s", (text) => {
    expect(orgs(text)).toEqual([]);
  });

  it("a purpose of the head still stops at a verb", () => {
    expect(orgs("ووفرت وزارة الصحة الأدوية اللازمة للمرضى.")).toEqual(["وزارة الصحة"]);
  });
});

describe("a preposition on a place or institution noun starts no name", () => {
  it("رئيس اللجنة بحي X: the district is not the chairman's name", () => {
    const people = extract("وقال رئيس لجنة التنمية بحي الورود إن البرنامج ناجح.", { tagger: false })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.name);
    expect(people.filter((n) => n.startsWith("بحي"))).toEqual([]);
  });
});

describe("where an organisation name ends", () => {
  it.each([
    // nouns joined by و to an open head's complement
    ["وقدمت فرقة جمعية الثقافة والفنون عروضا شعبية.", "جمعية الثقافة والفنون"],
    ["وأصدرت هيئة الاتصالات وتقنية المعلومات قرارا بتخفيض الأسعار.", "هيئة الاتصالات وتقنية المعلومات"],
    // an adjective after a joined noun of the purpose
    ["وأعلنت الهيئة العامة للسياحة والتراث الوطني عن برنامج.", "الهيئة العامة للسياحة والتراث الوطني"],
    // a title after the purpose starts the holder's name
    [
      "واستقبل محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور علي الغامدي.",
      "المؤسسة العامة للتدريب التقني والمهني",
    ],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it("a second body joined by و is not part of the first", () => {
    expect(orgs("وقال حزب الأحرار والحزب الوطني إنهما يعارضان الضريبة.")).not.toContain(
      "حزب الأحرار والحزب الوطني",
    );
  });
});

describe("nisba adjectives and definite complements", () => {
  it.each([
    // a definite noun with its adjective after an open head names the body
    ["وعقدت لجنة التنمية الاجتماعية اجتماعها الأول.", "لجنة التنمية الاجتماعية"],
    // after a complement the lexicon knows, a nisba adjective belongs to the name
    ["وناقش مجلس التنمية السياحية خطة الموسم.", "مجلس التنمية السياحية"],
    // إلى is written with ال: the definite head after it still starts a name
    ["وتقدم المواطن بشكوى إلى المديرية العامة للسجون أمس.", "المديرية العامة للسجون"],
  ])("%s", (text, name) => {
    expect(orgs(text)).toContain(name);
  });

  it.each([
    // an everyday head (حركة traffic) with a known complement does not take a nisba
    ["وتأثرت حركة النقل الجوي بالعاصفة.", []],
    // words of time and order are no part of the name
    ["وقال إن مجلس التنمية الحالي أنجز خطته.", ["مجلس التنمية"]],
  ])("%s", (text, names) => {
    expect(orgs(text)).toEqual(names);
  });
});
