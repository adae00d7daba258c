// Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const names = (text: string, tagger: boolean): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "City" || e.type === "Location")
    .map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a town whose name is an ordinary word, in a place's context", () => {
  it.each([
    ["وافتتح الأمير مستشفى جديدا في مدينة الخبر أمس.", "الخبر"],
    ["وأعلنت البلدية تشغيل حديقة عامة بمحافظة الوجه.", "محافظة الوجه"],
    ["الخبر - أعلنت الشركة عن توسعة مصنعها.", "الخبر"],
    ["وتشمل الحملة فروعا في الدمام والخبر والظهران.", "الخبر"],
    ["وتنتشر الفرق في الخبر والدمام منذ الصباح.", "الخبر"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(names(text, tagger)).toContain(name);
  });
});

describe("the same words alone are ordinary words", () => {
  it.each([
    ["ونشرت الصحيفة الخبر على صفحتها الأولى.", "الخبر"],
    ["وأكد المتحدث صحة الخبر في الدمام.", "الخبر"],
    ["ورسم الفنان الوجه بألوان زاهية.", "الوجه"],
    ["وقال إن الخبر والصورة وصلا متأخرين.", "الخبر"],
    // A list of towns needs a word that opens it (في، إلى، بين) or ب on its first item.
    ["وقال إن الدمام والخبر لا تعنيه.", "الخبر"],
    // A place noun (the capital) and the area of a volcano are no towns.
    ["وتزايدت الرحلات بين جدة والعاصمة هذا العام.", "العاصمة"],
    ["وحظرت السلطات الدخول إلى منطقة بركان نشط.", "بركان"],
    // After a bare comma, at the end of a list, a new phrase starts.
    ["وشب حريق في مستودع بالدمام، الخبر منشور في الصحف.", "الخبر"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(names(text, tagger)).not.toContain(name);
  });
});

describe("a route between two towns", () => {
  it("reads the common-word town of طريق X - Y", () => {
    expect(names("وتكثر الحوادث على طريق الخبر - الدمام في ساعات الذروة.", false)).toContain("الخبر");
    expect(names("وافتتحت الوزارة جسرا على طريق الدمام - الخبر أمس.", false)).toContain("الخبر");
  });
});
