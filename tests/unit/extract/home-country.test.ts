import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

/** Country label → the mentions the extractor gave it. */
const countries = (text: string): Record<string, string[]> =>
  Object.fromEntries(
    extract(text, { tagger: false })
      .entities.filter((e) => e.type === "Country")
      .map((e) => [e.nameEn, e.mentions.map((m) => m.text)]),
  );

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

// Sentences written for these tests.
describe("المملكة، البلاد، الدولة: the country the article makes clear", () => {
  it.each([
    // a dateline with a Saudi city
    ["الرياض: أعلنت الهيئة أن المملكة سجلت نموا في قطاع السياحة.", "Saudi Arabia", ["المملكة"]],
    ["سعد الحربي - الصحيفة - جدة: افتتح المحافظ مشروعا جديدا في المملكة.", "Saudi Arabia", ["المملكة"]],
    // a Saudi region named anywhere in the article
    ["توقعت الهيئة طقسا حارا على وسط المملكة ورياحا نشطة على منطقة عسير.", "Saudi Arabia", ["المملكة"]],
    // the one kingdom named before the word
    ["زار العاهل الأردني مدينة إربد، وقال إن المملكة تواجه تحديات.", "Jordan", ["الأردني", "المملكة"]],
    // البلاد is the one country the article is about, even a republic
    ["أقر البرلمان التونسي قانونا جديدا بعد هجمات شهدتها البلاد في سوسة.", "Tunisia", ["التونسي", "البلاد"]],
  ])("%s", (text, country, mentions) => {
    expect(countries(text)[country]).toEqual(mentions);
  });

  it("needs evidence: a country named only after the word may be a partner", () => {
    expect(countries("قال الوزير إن المملكة تدعم الأردن في مواجهة الأزمة.")).toEqual({ Jordan: ["الأردن"] });
  });

  it("needs a kingdom for المملكة", () => {
    // Tunisia is a republic: المملكة here is not Tunisia.
    const mentions = Object.values(countries("تونس: قال المسؤول إن المملكة ستشارك في المؤتمر.")).flat();
    expect(mentions).not.toContain("المملكة");
  });

  it.each([
    "الرياض: قال وزير الدولة للشؤون الخارجية إن الاجتماع كان مثمرا.",
    "الرياض: حذر المسؤول من خطر تنظيم الدولة على المنطقة.",
    "الرياض: تحدث الوزير عن علاقات المملكة مع البلاد العربية وعن الدولة التي تستضيف القمة.",
  ])("never links a generic or inner use: %s", (text) => {
    const mentions = Object.values(countries(text)).flat();
    expect(mentions.filter((m) => /الدولة|البلاد/.test(m))).toEqual([]);
  });
});
