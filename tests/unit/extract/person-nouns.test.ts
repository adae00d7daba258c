import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

const persons = (text: string): string[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// Sentences written for these tests.
describe("a noun of standing or trade before a name", () => {
  it.each([
    ["ناشد المواطن سامر الحربي الجهات المختصة النظر في طلبه.", "سامر الحربي"],
    ["وأوضح الدكتور ماجد القرني أن الحالة مستقرة.", "ماجد القرني"],
    ["سجل اللاعب نايف المطيري هدفين في المباراة.", "نايف المطيري"],
    ["قال رجل الأعمال هاني الزهراني إن السوق تتعافى.", "هاني الزهراني"],
  ])("%s", (text, name) => {
    expect(persons(text)).toContain(name);
  });

  it("ends the name where the words stop being name words", () => {
    // الشاب X عمل نبيل: "did a noble deed" is not part of the name.
    const names = persons("وقال الطبيب إن ما قام به الشاب سامر عمل نبيل يستحق الشكر.");
    expect(names.filter((n) => n.includes("عمل"))).toEqual([]);
  });
});

describe("a preposition glued to a noun is not a name", () => {
  it.each([
    "وصل الفريق بطلب من الإدارة إلى المعسكر.",
    "أقيم الحفل بمناسبة ذكرى تأسيس النادي.",
    "انتقل اللاعب لفحوصات الكشف الطبي قبل التوقيع.",
  ])("%s", (text) => {
    const names = extract(text).entities.map((e) => e.name);
    expect(names.filter((n) => /^(بطلب|بمناسبة|لفحوصات)/.test(n))).toEqual([]);
  });

  it("keeps a name that starts with the same letters", () => {
    expect(persons("وقال الدكتور بندر الشمري إن النتائج مشجعة.")).toContain("بندر الشمري");
  });
});

describe("a given name where the rules expect a name", () => {
  it.each([
    ["وأوضحت سلوى القرشي أن البرنامج يستمر أسبوعين.", "سلوى القرشي"],
    ["وأكد عبدالرحمن السبيعي أن العمل مستمر.", "عبدالرحمن السبيعي"],
    ["وقال مدير عام فرع الهيئة بالمنطقة سامر الدوسري إن الحملة مستمرة.", "سامر الدوسري"],
    ["وضمت القائمة العريف/ ماجد أحمد عبدالله آل مفلح عسيري.", "ماجد أحمد عبدالله آل مفلح عسيري"],
    // عبد written apart opens a given name as عبدالله does.
    ["وأكد عبد العزيز الزامل أن الحملات مستمرة.", "عبد العزيز الزامل"],
    ["وقال مدير الفرع عبد الرحمن الغامدي إن الموعد قريب.", "عبد الرحمن الغامدي"],
    // A definite word people are often named with ends a three-part name as its family name.
    ["وأكد مدير الفرع خالد محمد الفارس أن الحملات ستتواصل.", "خالد محمد الفارس"],
  ])("%s", (text, name) => {
    expect(persons(text)).toContain(name);
  });
});

describe("one word the tagger alone calls a person", () => {
  const tagAll: SentenceTagger = { tag: (words) => words.map((w) => (w === "فخور" ? "B-PERS" : "O")) };
  it("is dropped when no person name uses it", () => {
    const r = extract("قال المدرب إنه فخور بما قدمه الفريق.", { tagger: tagAll });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual([]);
  });
});

describe("a title after a name", () => {
  it("is not part of the name", () => {
    expect(persons("وأكد سامر الحربي رئيس اللجنة أن العمل مستمر.")).toContain("سامر الحربي");
  });
});

describe("a dateline after the byline and the paper", () => {
  it("names the city the story was filed from, not its government", () => {
    const r = extract("سامر الحربي- الصحيفة- الرياض: أعلنت الوزارة اليوم بدء التسجيل.", { tagger: false });
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toContain("City:الرياض");
  });
});

describe("a capital after a place noun with its preposition", () => {
  it("is the city (بمدينة الرياض)", () => {
    const r = extract("وتقع اللجنة بمدينة الرياض قرب الطريق الدائري.", { tagger: false });
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toContain("City:الرياض");
  });
});

// Sentences written for these tests.
describe("a nisba that is also a given name (تركي)", () => {
  const types = (text: string): string[] =>
    extract(text, { tagger: false }).entities.map((e) => `${e.type}:${e.name}`);

  it.each([
    ["استقبل الأمير تركي بن عبدالله وفدا من رجال الأعمال.", "Person:تركي بن عبدالله"],
    ["قال تركي بن سعد إن المشروع يسير وفق الخطة.", "Person:تركي بن سعد"],
    ["وأكد الأمير تركي الفيصل أهمية الحوار.", "Person:تركي الفيصل"],
  ])("names a person in %s", (text, expected) => {
    const found = types(text);
    expect(found).toContain(expected);
    expect(found).not.toContain("Country:تركيا");
  });

  it.each([
    "وصل وفد تركي إلى بغداد لبحث التعاون.",
    "وقال رئيس الوزراء التركي إن بلاده تدعم الحل السياسي.",
    "وأكد وزير تركي أن الاتفاق مهم للبلدين.",
  ])("stays the adjective of Turkey in %s", (text) => {
    const found = types(text);
    expect(found).toContain("Country:تركيا");
    expect(found.filter((t) => t.startsWith("Person:تركي"))).toEqual([]);
  });
});
