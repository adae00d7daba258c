import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { relate } from "../../../ingest/relate/index.js";

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

// Sentences written for these tests.
describe("المملكة with a name only one kingdom has", () => {
  it.each([
    // a Saudi body's full name, anywhere in the article
    ["ناقش مجلس الشورى تقرير الهيئة، وأكد الأعضاء أن التعليم في المملكة يحتاج إلى دعم أكبر."],
    ["قالت المصادر إن المملكة ستطلق الخدمة قريبا بعد موافقة هيئة الاتصالات وتقنية المعلومات."],
    // the Saudi-led coalition
    ["شنت طائرات التحالف العربي بقيادة المملكة غارات على مواقع المتمردين."],
    // an amount in riyals: the one kingdom whose currency it is
    ["بلغت قيمة العقود 3 مليارات ريال، وهي الأكبر في تاريخ قطاع البناء في المملكة."],
    ["يتوقع المحللون أن يبلغ حجم السوق في المملكة 40 مليون ريال هذا العام."],
  ])("%s", (text) => {
    expect(countries(text)["Saudi Arabia"]).toEqual(["المملكة"]);
  });

  it.each([
    // another kingdom named before the word: المملكة is ambiguous
    ["أشاد رئيس البرلمان البحريني بقرار مجلس الشورى، وقال إن المملكة تدعم الإصلاح."],
    // Real Madrid is no amount in riyals
    ["فاز ريال مدريد على منافسه، وقال المدرب إن المملكة تملك لاعبين مميزين."],
    // a company's name, not the country
    ["سجلت المملكة القابضة أرباحا بلغت 200 مليون ريال في الربع الأول."],
    // a currency cue is no evidence for البلاد
    ["بلغت قيمة المشروع 5 ملايين ريال، وقال الوزير إن البلاد تحتاج إلى المزيد."],
  ])("stays unlinked or goes elsewhere: %s", (text) => {
    expect(countries(text)["Saudi Arabia"]).toBeUndefined();
  });
});

describe("خادم الحرمين الشريفين الملك: the state its ruler leads", () => {
  it("adds Saudi Arabia with no mention when no word names it", () => {
    const { entities } = extract("افتتح خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز المشروع الجديد أمس.", {
      tagger: false,
    });
    const sa = entities.find((e) => e.nameEn === "Saudi Arabia");
    expect(sa?.mentions).toEqual([]);
  });

  it("lets the king lead it (relate)", () => {
    const text = "افتتح خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز المشروع الجديد أمس.";
    const out = extract(text, { tagger: false });
    const leads = relate({ text, sentences: out.sentences ?? [], entities: out.entities, values: out.values })
      .relations.filter((r) => r.type === "LEADS")
      .map((r) => r.target);
    expect(leads).toContain("country:SA");
  });

  it("adds nothing for a title holder of the king (مستشار خادم الحرمين الشريفين)", () => {
    const { entities } = extract("زار مستشار خادم الحرمين الشريفين الأمير خالد الموقع أمس.", {
      tagger: false,
    });
    expect(entities.find((e) => e.nameEn === "Saudi Arabia")).toBeUndefined();
  });
});
