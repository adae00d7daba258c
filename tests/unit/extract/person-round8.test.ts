import { describe, expect, it } from "vitest";
import { persons, tagging } from "./person-helpers.js";

// Sentences written for these tests.
describe("a foreign surname that starts with ب ل or ك", () => {
  it("stays on the name after a given name many people bear", () => {
    const tagger = tagging(["مانويل", "بيلاتشيني"]);
    expect(persons("وأبدى المدرب التشيلي مانويل بيلاتشيني رضاه عن الأداء.", tagger)).toContain(
      "مانويل بيلاتشيني",
    );
    const list = tagging(["وماركوس", "كوراتينيو"]);
    expect(persons("وغاب عن التدريب المهاجم سامي، وماركوس كوراتينيو بسبب الإصابة.", list)).toContain(
      "ماركوس كوراتينيو",
    );
  });

  it("is still a preposition on a noun when the word is Arabic-shaped", () => {
    const tagger = tagging(["مورينو", "بنقطة"]);
    expect(persons("وخرج فريق مورينو بنقطة ثمينة من المباراة.", tagger)).not.toContain("مورينو بنقطة");
  });

  it("names a stadium, not a person, after the place noun", () => {
    const tagger = tagging(["فيكتور", "بالينسكي"]);
    expect(persons("وسيكون ملعب «فيكتور بالينسكي» مسرحا للمباراة.", tagger)).not.toContain("فيكتور بالينسكي");
  });
});

describe("a foreign given name that starts with ف or و", () => {
  it("is no conjunction on a verb when many people bear it", () => {
    const tagger = tagging(["فيليب", "مارتينو"]);
    expect(persons("وسجل الهدف الأول فيليب مارتينو في الدقيقة العاشرة.", tagger)).toContain("فيليب مارتينو");
  });
});

describe("a second person the tagger runs on into", () => {
  it("is read on its own after the conjunction", () => {
    const tagger = tagging(["ماركوس", "وجوردي", "سانتوس"]);
    expect(persons("وغاب الظهيران ماركوس وجوردي سانتوس عن المباراة.", tagger)).toContain("جوردي سانتوس");
  });
});

describe("a chain the tagger starts at بن", () => {
  it("starts at the given name before بن", () => {
    const tagger = tagging(["بن", "غالي", "المطيري"]);
    const text = "وأوضح المتحدث باسم الإدارة مساعد بن غالي المطيري أن الحالات تحت السيطرة.";
    expect(persons(text, tagger)).toEqual(["مساعد بن غالي المطيري"]);
  });

  it("leaves a title before بن out", () => {
    const tagger = tagging(["بن", "غالي", "المطيري"]);
    expect(persons("وحضر نائب بن غالي المطيري الحفل.", tagger)).not.toContain("نائب بن غالي المطيري");
  });
});

describe("a feminine participle after a given name", () => {
  it("is the predicate, not a surname, whatever the tagger says", () => {
    const text = "وأوضح الطبيب أن حالة خالد مستقرة بعد العملية.";
    expect(persons(text)).not.toContain("خالد مستقرة");
    expect(persons(text, tagging(["خالد", "مستقرة"]))).not.toContain("خالد مستقرة");
  });
});

describe("a compound given name with الله written apart", () => {
  it("goes on into the chain after it", () => {
    expect(persons("وترأس اللواء ضيف الله بن ناصر الشهري الاجتماع.")).toEqual(["ضيف الله بن ناصر الشهري"]);
    expect(persons("وقال العقيد عطا الله الحربي إن الطريق مفتوح.")).toContain("عطا الله الحربي");
  });
});
