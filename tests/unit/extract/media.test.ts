import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const entities = (text: string): string[] =>
  extract(text, { tagger: false }).entities.map((e) => `${e.type} ${e.name}`);

// The lexicon and the tagger load once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد"), 60_000);

// Sentences written for these tests; the outlets are invented.
describe("an outlet named without its head noun", () => {
  it.each([
    ["وقال مدير الفرع لـ «النهار الجديد»: إن العمل مستمر.", "Organization النهار الجديد"],
    ['وأوضح المتحدث لـ"المرصد" أن الحادث وقع مساء أمس.', "Organization المرصد"],
    ["وفي تصريح لـ«الميدان» أكد المدرب جاهزية الفريق.", "Organization الميدان"],
  ])("the outlet a source spoke to: %s", (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it("the outlet in a byline, before the dateline's city", () => {
    const found = entities("سامي العتيبي- المرصد- الرياض: كشف المتحدث عن نتائج الدراسة.");
    expect(found).toEqual(expect.arrayContaining(["Organization المرصد", "City الرياض"]));
    expect(found.filter((e) => e.startsWith("Organization"))).toEqual(["Organization المرصد"]);
  });

  it("the dateline's city itself, even when the tagger sees no place in it", () => {
    const found = extract("المرصد- الباحة: تشهد المدينة إقبالا كبيرا من الزوار.").entities;
    expect(found.map((e) => `${e.type} ${e.name}`)).toContain("City الباحة");
  });

  it.each([
    // a quoted title after لـ with no verb of saying is not an outlet
    'وخصصت الوزارة مبلغا لـ"برنامج الإسكان" هذا العام.',
    // the writer's name before the dateline is no outlet
    "سامي العتيبي - الرياض: افتتح المحافظ المعرض.",
  ])("not an outlet: %s", (text) => {
    expect(extract(text, { tagger: false }).entities.filter((e) => e.properties.kind === "media")).toEqual(
      [],
    );
  });
});

describe("an outlet named by its verb of publishing", () => {
  it.each([
    ["إن صح التقرير الذي نشرته سبأنيوز عن الشركة فتلك مشكلة.", "Organization سبأنيوز"],
    ["وبحسب الخبر الذي أوردته «المدينة نيوز» أمس فإن الطريق أغلق.", "Organization المدينة نيوز"],
    ['"النهار الجديد" تنشر أبرز ما جاء في التقرير.', "Organization النهار الجديد"],
  ])("%s", (text, entity) => {
    expect(entities(text)).toContain(entity);
  });

  it.each([
    "وفق ما نشرته الصحيفة أمس فإن العمل مستمر.",
    "الصور التي بثتها وسائل الإعلام أظهرت الدمار.",
    "الخبر الذي أوردته مصادر مطلعة لم يتأكد بعد.",
    "الأرقام التي نشرتها وكالات الأنباء متضاربة.",
    "الصورة التي نشرتها فاطمة على حسابها انتشرت.",
  ])("no outlet: %s", (text) => {
    const orgs = extract(text, { tagger: false }).entities.filter((e) => e.type === "Organization");
    expect(orgs).toEqual([]);
  });
});

// Sentences written for these tests.
describe("an outlet after a dual or plural verb of saying, or a verb of receiving", () => {
  it("takes the outlet two speakers spoke to", () => {
    expect(entities("وقالا لـ «الميدان»، إن المشروع تأخر كثيرا.")).toContain("Organization الميدان");
    expect(entities("وأكدوا لـ«الميدان» أن المشروع تأخر كثيرا.")).toContain("Organization الميدان");
  });

  it("takes a quoted city's name as the outlet that received or published a statement", () => {
    const found = entities('وبحسب البيان الذي تلقته "الدمام" فإن الشركة ستعقد اجتماعها غدا.');
    expect(found).toContain("Organization الدمام");
    expect(found).not.toContain("City الدمام");
  });

  it("leaves a quoted person's name to the person rules", () => {
    expect(entities('وبحسب البيان الذي نشرته "محمد" فإن الاجتماع غدا.')).not.toContain("Organization محمد");
  });
});
