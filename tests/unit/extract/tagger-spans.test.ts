import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

/** A tagger that tags the given words (by position in the sentence) and nothing else. */
function tagging(spans: Record<number, string>): SentenceTagger {
  return { tag: (words) => words.map((_, i) => spans[i] ?? "O") };
}

// Sentences written for these tests; the tagger is a stub so the spans are exactly the ones named.
describe("tagger spans the rules clean up", () => {
  it("a noun of trade alone is no person", () => {
    const tagger = tagging({ 1: "B-PERS" });
    const r = extract("وقال مهندس إن المشروع تأخر.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).not.toContain("مهندس");
  });

  it("an adjective alone names no organisation", () => {
    const tagger = tagging({ 2: "B-ORG" });
    const r = extract("وقال البنك المركزي إن التضخم تراجع.", { tagger });
    expect(r.entities.map((e) => e.name)).not.toContain("المركزي");
  });

  it("a title after a name is left out of it", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS" });
    const r = extract("وأكد سامي الفهيد سفير المملكة لدى الأردن أن السفارة تتابع القضية.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["سامي الفهيد"]);
  });

  it("a noun of trade after a name is left out of it", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS", 4: "I-PERS", 5: "I-PERS" });
    const r = extract("وكان سامي بن فهد العتيبي المحامي حاضرا.", { tagger });
    const names = r.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(names).toEqual(["سامي بن فهد العتيبي"]);
  });
});

describe("a preposition on a name the tagger found", () => {
  it("لريتشارد برينس: the preposition is not part of the name", () => {
    const tagger = tagging({ 3: "B-PERS", 4: "I-PERS" });
    const r = extract("وعرضت الصالة أعمالا لريتشارد برينس هذا الأسبوع.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["ريتشارد برينس"]);
  });
});

describe("a verb after a name the tagger found", () => {
  it("عبدالعزيز يركب: the verb is not a surname", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS" });
    const r = extract("وكان عبدالعزيز يركب دراجته كل صباح.", { tagger });
    const names = r.entities.filter((e) => e.type === "Person").map((e) => e.name);
    expect(names.filter((n) => n.includes("يركب"))).toEqual([]);
  });
});

describe("titles, particles and prepositions at the edges of a tagger's span", () => {
  it("a title or a noun of trade before the name is left out of it", () => {
    const tagger = tagging({ 2: "B-PERS", 3: "I-PERS", 4: "I-PERS", 5: "I-PERS" });
    const r = extract("وقال العقيد دكتور سامي بن فهد إن الدورية وصلت.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["سامي بن فهد"]);
  });

  it("a name particle at the end of the span is dropped", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS", 4: "I-PERS" });
    const r = extract("وحضر سامي بن فهد بن الحفل.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["سامي بن فهد"]);
  });

  it("a word with لل is no organisation", () => {
    const tagger = tagging({ 2: "B-ORG" });
    const r = extract("وقدمت الدعم للمزارعين في الشمال.", { tagger });
    expect(r.entities.map((e) => e.name)).not.toContain("للمزارعين");
  });
});

describe("a family name with the article the tagger found", () => {
  it.each([
    [
      "a family name people are named with (الصالح) ends the name",
      "وقال حمد بن ناصر الصالح إن الموسم بدأ.",
      "حمد بن ناصر الصالح",
    ],
    ["a nisba family name ends the name", "وقال حمد بن ناصر القحطاني إن الموسم بدأ.", "حمد بن ناصر القحطاني"],
  ])("%s", (_, text, name) => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS", 4: "I-PERS" });
    const r = extract(text, { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual([name]);
  });

  it("a preposition inside a span joins two nouns, not the parts of a name", () => {
    const tagger = tagging({ 3: "B-PERS", 4: "I-PERS", 5: "I-PERS" });
    const r = extract("ودعا الخطيب إلى التوفيق بين الإيمان والعلم.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person")).toEqual([]);
  });

  it("a particle after a name is left out of it", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS" });
    const r = extract("وكان كريستيان فابري هو أول من وصل.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person").map((e) => e.name)).toEqual(["كريستيان فابري"]);
  });

  it("an ordinary definite noun after a given name is no family name (حسن الجوار)", () => {
    const tagger = tagging({ 2: "B-PERS", 3: "I-PERS" });
    const r = extract("ودعا البيان إلى حسن الجوار بين الدول.", { tagger });
    expect(r.entities.filter((e) => e.type === "Person")).toEqual([]);
  });
});

describe("a tagger name that starts with the surname of the article's person", () => {
  /** Tags these two words, wherever they stand, as one person's name. */
  const pair = (a: string, b: string): SentenceTagger => ({
    tag: (words) =>
      words.map((w, i) =>
        w === a && words[i + 1] === b ? "B-PERS" : w === b && words[i - 1] === a ? "I-PERS" : "O",
      ),
  });

  it("is that person's surname, and the clause goes on after it", () => {
    const text = "وقال رئيس الوزراء الأسترالي جون هوارد إن الخطة جاهزة. وهوارد مؤيد قوي للقرار.";
    const people = extract(text, { tagger: pair("وهوارد", "مؤيد") }).entities.filter(
      (e) => e.type === "Person",
    );
    expect(people.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ["جون هوارد", ["جون هوارد", "هوارد"]],
    ]);
  });

  it("a given name that is another person's surname still starts a name", () => {
    const text = "وقال الرئيس محمود عباس إن المفاوضات متوقفة. والتقى عباس زكي الوفد.";
    const people = extract(text, { tagger: pair("عباس", "زكي") }).entities.filter((e) => e.type === "Person");
    expect(people.map((e) => e.name)).toEqual(["محمود عباس", "عباس زكي"]);
  });
});
