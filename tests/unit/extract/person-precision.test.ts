// Sentences written for these tests: words of the clause that unseen news let into a person's name.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";
import { romanizeName } from "../../../ingest/text/romanize.js";

/** A tagger that tags the given words (by position in the sentence) and nothing else. */
function tagging(spans: Record<number, string>): SentenceTagger {
  return { tag: (words) => words.map((_, i) => spans[i] ?? "O") };
}

const people = (text: string, tagger: SentenceTagger | false = false): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Person")
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("the preposition على is not the given name علي", () => {
  it("a person named علي is not found again in every على of the article", () => {
    const text =
      "وقال المدير سالم بن علي الحربي إن الفريق حصل على الدعم. وأكد الحربي أن العمل يقوم على الخطة. وشدد علي على الالتزام.";
    const [person] = extract(text, { tagger: false }).entities.filter((e) => e.name === "سالم بن علي الحربي");
    const written = person?.mentions.map((m) => text.slice(m.start, m.end)) ?? [];
    expect(written).not.toContain("على");
    expect(written).toContain("الحربي");
  });
});

describe("after a title, the clause is not a name", () => {
  it.each([
    ["وكان رئيس اللجنة الوطنية للتطوير أصدر قراراً بتعيين المدير."],
    ["وقدم الفريق عروضا جوية متنوعة أمام الجمهور."],
    ["وأكد الرئيس أن الاتفاق بقي قائما رغم الخلاف."],
    ["وقال القاضي ناظر القضية إن الحكم نهائي."],
    ["وقال المتحدث الرسمي باسم اللجنة الشعبية إن الاجتماع انتهى."],
  ])("%s", (text) => {
    expect(people(text)).toEqual([]);
  });

  it("a verb after a surname ends the name", () => {
    // The tagger names the lone surname; the rules must not carry it on into the verb.
    const text = "وقال إن المدرب اليوناني دونيس رفض العرض المقدم.";
    expect(people(text, tagging({ 4: "B-PERS" }))).toEqual(["دونيس"]);
  });

  it.each([
    ["وحضر المستشار عقلا بن علي الحفل.", "عقلا بن علي"],
    ["وسجل المهاجم عمر السومة هدفين.", "عمر السومة"],
  ])("a name stays whole: %s", (text, name) => {
    expect(people(text)).toContain(name);
  });

  it("a family name in ا the tagger carries on stays", () => {
    const text = "وقال السفير أحمد معافا إن الزيارة ناجحة.";
    expect(people(text, tagging({ 2: "B-PERS", 3: "I-PERS" }))).toContain("أحمد معافا");
  });
});

describe("person spans of the tagger", () => {
  it("a noun and its adjective are no person", () => {
    // و بدأ الربيع العربي: words 1-2 tagged as a person.
    const text = "وبدأ الربيع العربي في المنطقة منذ سنوات.";
    expect(people(text, tagging({ 1: "B-PERS", 2: "I-PERS" }))).toEqual([]);
  });

  it("a verb with the preposition ل after the name ends it", () => {
    const text = "وغادر كمال زيدان ليرأس الوفد في الخارج.";
    expect(people(text, tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS" }))).toEqual(["كمال زيدان"]);
  });

  it("a conjunction inside joins a second name and ends the first", () => {
    const text = "وشارك في الحفل كمال زيدان والأستاذ سمير.";
    const got = people(text, tagging({ 3: "B-PERS", 4: "I-PERS", 5: "I-PERS", 6: "I-PERS" }));
    expect(got).toContain("كمال زيدان");
    expect(got.some((n) => n.includes("والأستاذ"))).toBe(false);
  });
});

describe("a European hard g written ج", () => {
  it.each([
    ["دييجو كوستا", "Diego Costa"],
    ["مايكل دوجلاس", "Michael Douglas"],
    ["جاري كاهيل", "Gary Cahill"],
    ["جون كيري", "John Kerry"],
  ])("%s → %s", (ar, en) => {
    expect(romanizeName(ar)).toBe(en);
  });

  it("an Arabic name keeps its ج", () => {
    expect(romanizeName("جمال الجبير")).toBe("Jamal al-Jubeir");
  });
});

describe("other words the tagger or a head noun makes a name", () => {
  const all = (text: string, tagger: SentenceTagger | false = false): string[] =>
    extract(text, { tagger }).entities.map((e) => `${e.type} ${e.name}`);

  it("a month with its other name or a year is a date, not a company", () => {
    const text = "وستدخل المحطة الخدمة بحلول نيسان (أبريل) 2019.";
    expect(all(text, tagging({ 4: "B-ORG" }))).toEqual([]);
  });

  it("a person span opening with a place word is a place", () => {
    const text = "وتذكر الأهالي مذبحة دير حنا قبل عقود.";
    expect(all(text, tagging({ 3: "B-PERS", 4: "I-PERS" }))).toEqual(["Location دير حنا"]);
  });

  it.each([
    ["وعقد المجلس اجتماعه برئاسة وزير الخارجية سالم الحربي."],
    ["وعقد المجلس اجتماعه برئاسة فوزي الحربي أمس."],
  ])("برئاسة before a title or a name is no organisation: %s", (text) => {
    expect(all(text).some((e) => e.startsWith("Organization"))).toBe(false);
  });
});
