import { describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";
import { persons } from "./person-helpers.js";

/** A tagger that gives each listed word its tag and every other word O. */
function tagging(tags: Record<string, string>): SentenceTagger {
  return { tag: (ws) => ws.map((w) => tags[w] ?? "O") };
}

const types = (text: string, tagger: SentenceTagger | false = false): string[] =>
  extract(text, { tagger }).entities.map((e) => `${e.type}:${e.name}`);

// Sentences written for these tests.
describe("a second name after و with a title in apposition", () => {
  it("takes a rare family name when a title follows it", () => {
    const text = "وحضر سالم الجديع ويوسف المضيان مدير الإدارة.";
    const tagger = tagging({ سالم: "B-PERS", الجديع: "I-PERS" });
    expect(persons(text, tagger)).toEqual(["سالم الجديع", "يوسف المضيان"]);
  });

  it("leaves a given name that is a noun in construct alone", () => {
    expect(persons("وقال إن الفريق يتميز بالانضباط وحسن المعاملة مدير اللعب.")).toEqual([]);
  });
});

describe("a foreign name behind a preposition", () => {
  it("reads ل on a given name that starts with ل as for that person", () => {
    const text = "وقال إن جميع اللاعبين مهمون بالنسبة للويس سواريز.";
    expect(persons(text, tagging({ للويس: "B-PERS", سواريز: "I-PERS" }))).toEqual(["لويس سواريز"]);
  });

  it("keeps لل before a noun a preposition and the article", () => {
    const text = "وقدم الشكر للمدير العام.";
    expect(persons(text, tagging({ للمدير: "B-PERS", العام: "I-PERS" }))).toEqual([]);
  });
});

describe("a country's nisba inside a person's name", () => {
  it("is the family name when it is indefinite after a name word the tagger carries on", () => {
    const text = "ويخطط جون مصري رئيس الشركة للعودة إلى السوق.";
    const tagger = tagging({ جون: "B-PERS", مصري: "I-PERS" });
    expect(types(text, tagger)).toContain("Person:جون مصري");
    expect(types(text, tagger)).not.toContain("Country:مصر");
  });

  it("stays a nationality before a noun of respect or without the tagger", () => {
    const tagger = tagging({ جون: "B-PERS", مصري: "I-PERS" });
    expect(types("وغادر جون مصري الجنسية البلاد.", tagger)).not.toContain("Person:جون مصري");
    expect(types("وفاز لاعب سوري بالميدالية.")).toEqual(["Country:سوريا"]);
  });

  it("belongs to a kunya's name", () => {
    expect(persons("وأعلن أبو سالم العراقي مسؤولية التنظيم عن الهجوم.")).toEqual(["أبو سالم العراقي"]);
    expect(types("وتحدث أبو أحمد عن المصري.")).toContain("Country:مصر");
  });
});

describe("a name in quotes after a title", () => {
  it("is read inside the quotes", () => {
    expect(persons('بحضور رئيس النادي الشيخ "سعد المطيري" وأعضاء المجلس.')).toEqual(["سعد المطيري"]);
    expect(persons('وافتتح الوزير "فهد بن سالم" المعرض.')).toEqual(["فهد بن سالم"]);
  });
});

describe("a country's nisba as the family name of a list item", () => {
  it("reads an indefinite nisba after a given name in a list of names", () => {
    const text = "وضمت التشكيلة: سعيد الدوسري، سامي مصري، فهد العتيبي.";
    expect(persons(text)).toEqual(["سعيد الدوسري", "سامي مصري", "فهد العتيبي"]);
  });

  it("leaves the nisba a country's when the item runs on", () => {
    expect(types("ولعب سعيد الدوسري وخالد سوري في الوسط.")).toContain("Country:سوريا");
  });
});
