// Sentences written for these tests: a time of day (صباح أمس، مساء اليوم), a verb written without its
// hamza (ارسل) and a common plural (أمور) right after a title or a name are no part of a name.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const people = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a time of day before a time anchor is no name", () => {
  it("صباح أمس after a full name does not extend it", () => {
    const names = people("استقبل أمير المنطقة الأمير سعد بن فهد صباح أمس بمكتبه رئيس الغرفة خالد العمري.");
    expect(names).toContain("سعد بن فهد");
    expect(names.some((n) => n.includes("صباح"))).toBe(false);
  });
  it.each([
    ["وسيلتقي الرئيس مساء اليوم وفدا من رجال الأعمال."],
    ["وتصل بعثة الفريق مساء غد الأحد إلى المدينة."],
    ["وكان للكاتب لقاء مع الرئيس ارسل الرئيس بعده رسائل إلى الحلفاء."],
    ["وقد واجه من تولوا منصب وزير خارجية أمور لا تتجاوز أزمة واحدة."],
  ])("%s", (text) => {
    expect(people(text)).toEqual([]);
  });
  it("صباح is still a name when no time word follows it", () => {
    expect(
      people("واستقبل الشيخ صباح الأحمد الجابر الصباح وفدا رسميا.").some((n) => n.startsWith("صباح")),
    ).toBe(true);
  });
});
