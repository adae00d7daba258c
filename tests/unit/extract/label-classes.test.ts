// English labels: organisation words glossed, adjective order, region heads not doubled, towns
// written as one word, a lone European surname with ج. Sentences written for these tests; the
// events in them are invented.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { romanizeName } from "../../../ingest/text/romanize.js";

const label = (text: string, name: string): string | undefined =>
  extract(text, { tagger: false }).entities.find((e) => e.name === name)?.nameEn;

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("organisation names glossed word by word (org-words.json)", () => {
  it.each([
    ["أعلنت هيئة الري والصرف خطة جديدة للمزارعين.", "هيئة الري والصرف", "Irrigation and Drainage Commission"],
    [
      "نظمت الهيئة العالمية للتنمية البشرية ندوة عن التعليم.",
      "الهيئة العالمية للتنمية البشرية",
      "World Human Development Commission",
    ],
    [
      "أصدر المركز الوطني للنخيل والتمور دليلا للمزارعين.",
      "المركز الوطني للنخيل والتمور",
      "National Palms and Dates Center",
    ],
  ])("%s", (text, name, en) => {
    expect(label(text, name)).toBe(en);
  });
});

describe("label order and heads", () => {
  it("two adjectives after a construct name read last first (Federal Reserve)", () => {
    expect(label("توقع بنك دالاس الاحتياطي الاتحادي تباطؤ النمو.", "بنك دالاس الاحتياطي الاتحادي")).toBe(
      "Dallas Federal Reserve Bank",
    );
  });

  it("a region the gazetteer names with its head is not doubled (X Region Municipality)", () => {
    expect(label("افتتحت أمانة منطقة تبوك حديقة جديدة.", "أمانة منطقة تبوك")).toBe(
      "Tabuk Region Municipality",
    );
  });

  it("a two-word town written as one word takes the town's English", () => {
    expect(label("وصل الوفد إلى محافظة حفرالباطن مساء الخميس.", "محافظة حفرالباطن")).toBe(
      "Hafar Al-Batin Governorate",
    );
  });
});

describe("romanizeName: ج as a European g", () => {
  it("a lone surname whose غ form is a European name read with g", () => {
    expect(romanizeName("جروس")).toBe("Gross");
  });
  it("not an Arabic name whose غ form reads gh", () => {
    expect(romanizeName("جالب")).not.toMatch(/^G/);
    expect(romanizeName("جمال")).toBe("Jamal");
  });
});

describe("romanizeName: family names", () => {
  it("a nisba of a listed given name takes that name's spelling with -i", () => {
    expect(romanizeName("خالد الفيصلي")).toBe("Khalid al-Faisali");
    expect(romanizeName("خالد الخالدي")).toBe("Khalid al-Khalidi");
    // not a foreign given name of other consonants (جون John)
    expect(romanizeName("علي الجوني")).toBe("Ali al-Jouni");
  });
  it("السيد as a family name is al-Sayed", () => {
    expect(romanizeName("سامي السيد")).toBe("Sami al-Sayed");
  });
  it("a letter after an apostrophe for ع stays lower case; O'Brien keeps its capital", () => {
    expect(romanizeName("مشاعل")).not.toMatch(/'[A-Z]/);
    expect(romanizeName("شون أوبراين")).toBe("Sean O'Brien");
  });
});
