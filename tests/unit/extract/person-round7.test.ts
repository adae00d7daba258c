import { describe, expect, it } from "vitest";
import { persons, tagging } from "./person-helpers.js";

// Sentences written for these tests.
describe("words that carry no name on after a given name", () => {
  it("stops at a lone letter: the preposition لـ before a quote, an abbreviated title", () => {
    expect(persons("وقال اللواء خالد لـ «الوطن» إن الوضع مستقر.")).not.toContain("خالد ل");
    const found = persons("واستقبل الوزير الدكتور سامي د. فهد العمري أمس.");
    expect(found).toContain("فهد العمري");
    expect(found.some((p) => /\sد$/.test(p))).toBe(false);
  });

  it("stops at a future or imperfect verb, even when the tagger runs on into it", () => {
    expect(persons("وقال المتحدث إن ماجد سيذهب إلى القاهرة غدا.")).not.toContain("ماجد سيذهب");
    const tagger = tagging(["سلطان", "يصافح"]);
    expect(persons("الأمير سلطان يصافح رئيس الوزراء.", tagger)).not.toContain("سلطان يصافح");
  });

  it("stops at a noun of speech with its pronoun", () => {
    expect(persons("وتابع الرئيس عباس قوله خلال استقباله الوفد.")).not.toContain("عباس قوله");
  });

  it("keeps a nisba family name of verb shape and a tagged foreign surname", () => {
    expect(persons("وقال المهندس حسن تونسي إن الوضع مستقر.", tagging(["حسن", "تونسي"]))).toContain(
      "حسن تونسي",
    );
    const tagger = tagging(["فيرنر", "يلدار"]);
    expect(persons("وقال الوزير فيرنر يلدار إن الخط يعمل.", tagger)).toContain("فيرنر يلدار");
  });
});

describe("a given name that is also a noun, before بن", () => {
  it("opens the chain", () => {
    const text = "وأفاد المتحدث الرسمي للهيئة مساعد بن سالم القحطاني، أنه تم نقل المصابين.";
    expect(persons(text)).toEqual(["مساعد بن سالم القحطاني"]);
  });

  it("leaves a title, an adjective or a verb before بن out", () => {
    expect(persons("وحضر نائب بن سالم القحطاني الحفل.")).not.toContain("نائب بن سالم القحطاني");
    expect(persons("وقال يشارك بن سالم القحطاني في الحفل.")).not.toContain("يشارك بن سالم القحطاني");
  });
});

describe("a kin noun with its possessive pronoun", () => {
  it("names no person even when the tagger reads one", () => {
    const text = "وتذكر انتقال والدي الكريم إلى المدينة في شبابه.";
    expect(persons(text, tagging(["والدي", "الكريم"]))).toEqual([]);
    expect(persons("وحضر شقيقه الأكبر الحفل.", tagging(["شقيقه", "الأكبر"]))).toEqual([]);
  });

  it("leaves a kunya and a given name after the kin noun alone", () => {
    const text = "وقال والده سالم العمري إن الطفل بخير.";
    expect(persons(text, tagging(["سالم", "العمري"]))).toContain("سالم العمري");
  });
});

describe("a perfect verb of the form افتعل after a title", () => {
  it("names no person", () => {
    expect(persons("وأكد رئيس الاتحاد السابق انتقداني كثيرا.")).toEqual([]);
    expect(persons("وذكرت المصادر أن المدافع اقترح تأجيل المباراة.")).toEqual([]);
  });

  it("keeps a given name of a close shape", () => {
    expect(persons("وقالت الطالبة ابتهال العمري إن الامتحان سهل.")).toContain("ابتهال العمري");
  });
});
