// English labels of well-known clubs, outlets and companies (common knowledge). Sentences
// written for these tests; the events in them are invented.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { romanizeName } from "../../../ingest/text/romanize.js";

const labels = (text: string): Map<string, string> =>
  new Map(extract(text, { tagger: false }).entities.map((e) => [e.name, e.nameEn]));

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("romanizeName: a whole name with a fixed English form (romanize-names.json wholeNames)", () => {
  it.each([
    ["الهلال", "Al-Hilal"],
    ["النصر", "Al-Nassr"],
    ["الاتفاق", "Al-Ettifaq"],
    ["الفتح", "Al-Fateh"],
    ["عكاظ", "Okaz"],
    ["الوئام", "Al-Weeam"],
    ["الزمالك", "Zamalek"],
    ["الترجي", "Espérance de Tunis"],
    // ة/ه, hamza and ج/غ spellings of one name
    ["القادسيه", "Al-Qadsiah"],
    ["الفايننشال تايمز", "Financial Times"],
    ["الغارديان", "The Guardian"],
    ["الجارديان", "The Guardian"],
  ])("%s → %s", (arabic, english) => {
    expect(romanizeName(arabic)).toBe(english);
  });

  it("only the whole name: a family name romanises as before", () => {
    expect(romanizeName("خالد الهلال")).toBe("Khalid al-Hilal");
    expect(romanizeName("عبدالله النصر")).not.toContain("Nassr");
  });
});

describe("labels of clubs, outlets and companies in a sentence", () => {
  it("a club after نادي", () => {
    expect(labels("وفاز نادي الاتفاق على ضيفه بهدفين.").get("نادي الاتفاق")).toBe("Al-Ettifaq Club");
  });

  it("a foreign club written either way", () => {
    // the entity takes the gazetteer's spelling as its name
    expect(labels("وانتقل المدافع إلى تشلسي الإنجليزي الموسم الماضي.").get("تشيلسي")).toBe("Chelsea");
    expect(labels("وتعاقد جلطة سراي مع حارس جديد.").get("غلطة سراي")).toBe("Galatasaray");
  });

  it("a club named alone after a word of the game", () => {
    expect(labels("وقال مدرب الهلال إن الفريق جاهز.").get("الهلال")).toBe("Al-Hilal");
  });

  it("a newspaper after صحيفة", () => {
    expect(labels("وقال المتحدث في تصريح لصحيفة عكاظ إن العمل مستمر.").get("صحيفة عكاظ")).toBe("Okaz");
    expect(labels("وذكرت صحيفة الوطن أن القرار نهائي.").get("صحيفة الوطن")).toBe("Al Watan newspaper");
  });

  it("companies and international bodies", () => {
    expect(labels("وأعلنت شركة فيرايزون عن نتائجها الفصلية.").get("فيرايزون")).toBe("Verizon");
    expect(labels("وخفضت وكالة موديز التصنيف الائتماني للشركة.").get("موديز")).toBe("Moody's");
    expect(labels("وأعلن مصرف الإنماء أرباحه السنوية.").get("مصرف الإنماء")).toBe("Alinma Bank");
    expect(labels("وأصدر الإنتربول مذكرة توقيف بحق المتهم.").get("الإنتربول")).toBe("Interpol");
    expect(
      labels("وأكد رئيس مجلس الضمان الصحي التعاوني أن القرار نهائي.").get("مجلس الضمان الصحي التعاوني"),
    ).toBe("Council of Cooperative Health Insurance");
  });
});
