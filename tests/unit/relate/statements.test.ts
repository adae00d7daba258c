import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, person } from "./fixture.js";
import type { FixtureEntity } from "./fixture.js";

// News-style paragraphs written for these tests.
const lavrov = person("lavrov", "سيرغي لافروف", "لافروف");
const army = {
  id: "lebarmy",
  type: "Organization" as const,
  forms: ["الجيش اللبناني"],
  properties: { country: "lb" },
};

interface Case {
  name: string;
  text: string;
  cast: FixtureEntity[];
  expected: { speaker: string; text: string; verb: string; source?: string | null; medium?: string | null }[];
}

const cases: Case[] = [
  {
    name: "قال X إن ... (reported clause), participle continues the speaker",
    text: "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار، مشيراً إلى أن العقوبات لن تغير موقفها.",
    cast: [CAST.ru!, lavrov],
    expected: [
      { speaker: "lavrov", verb: "قال", text: "موسكو مستعدة للحوار" },
      { speaker: "lavrov", verb: "مشيراً", text: "العقوبات لن تغير موقفها" },
    ],
  },
  {
    name: "quote after a colon, medium and platform",
    text: "وكتب لافروف في تغريدة على تويتر: «لا بديل عن الحل السياسي».",
    cast: [lavrov, CAST.twitter!],
    expected: [{ speaker: "lavrov", verb: "كتب", text: "لا بديل عن الحل السياسي", medium: "tweet" }],
  },
  {
    name: "الوكالة → the agency named before",
    text: "وذكرت وكالة رويترز أن المفاوضات توقفت. وأضافت الوكالة أن الوفدين غادرا فيينا.",
    cast: [CAST.reuters!],
    expected: [
      { speaker: "reuters", verb: "ذكرت", text: "المفاوضات توقفت" },
      { speaker: "reuters", verb: "أضافت", text: "الوفدين غادرا فيينا" },
    ],
  },
  {
    name: "بيان صادر عن X, then البيان → X",
    text: "وقال بيان صادر عن الجيش اللبناني إن دورية تعرضت لإطلاق نار. وأوضح البيان أن أحدا لم يصب.",
    cast: [CAST.lb!, army],
    expected: [
      { speaker: "lebarmy", verb: "قال", text: "دورية تعرضت لإطلاق نار", medium: "statement" },
      { speaker: "lebarmy", verb: "أوضح", text: "أحدا لم يصب" },
    ],
  },
  {
    name: "وفقاً لـ/بحسب → source",
    text: "وبحسب صحيفة نيويورك تايمز، قال مسؤولون إن لافروف رفض العرض.",
    cast: [CAST.nyt!, lavrov],
    expected: [],
  },
  {
    name: "elided speaker: the subject of the previous verb",
    text: "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف، وقال إن بلاده حريصة على التعاون مع روسيا.",
    cast: [CAST.eg!, CAST.ru!, person("sisi", "عبد الفتاح السيسي"), lavrov],
    expected: [{ speaker: "sisi", verb: "قال", text: "بلاده حريصة على التعاون مع روسيا" }],
  },
];

describe("relate: statements", () => {
  it.each(cases)("$name", ({ text, cast, expected }) => {
    const { statements } = relate(article(text, cast));
    expect(statements.map((s) => ({ speaker: s.speaker, verb: s.verb, text: s.text }))).toEqual(
      expected.map(({ speaker, verb, text: t }) => ({ speaker, verb, text: t })),
    );
    statements.forEach((s, i) => {
      expect(s.text).toBe(text.slice(s.start, s.end));
      const want = expected[i];
      if (want?.medium !== undefined) expect(s.medium).toBe(want.medium);
    });
  });

  it("links the platform of a tweet", () => {
    const text = "وكتب لافروف في تغريدة على تويتر: «لا بديل عن الحل السياسي».";
    const [s] = relate(article(text, [lavrov, CAST.twitter!])).statements;
    expect(s).toMatchObject({ medium: "tweet", platform: "twitter" });
  });

  it("attributes a statement to its source (وفقاً لـ)", () => {
    const text = "ووفقاً لوكالة رويترز، أكد لافروف أن موسكو لن تتراجع.";
    const [s] = relate(article(text, [CAST.reuters!, lavrov])).statements;
    expect(s).toMatchObject({ speaker: "lavrov", source: "reuters", text: "موسكو لن تتراجع" });
  });

  it("fills `about` and resolves بلاده for relations inside the statement", () => {
    const text =
      "واستقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف، وقال إن بلاده حريصة على التعاون مع روسيا.";
    const out = relate(article(text, [CAST.eg!, CAST.ru!, person("sisi", "عبد الفتاح السيسي"), lavrov]));
    expect(out.statements[0]?.about).toEqual(["ru"]);
    expect(out.relations).toContainEqual(
      expect.objectContaining({
        type: "COOPERATES_WITH",
        source: "eg",
        target: "ru",
        properties: expect.objectContaining({ status: "reported" }),
      }),
    );
    expect(out.relations).toContainEqual(
      expect.objectContaining({ type: "MET", source: "lavrov", target: "sisi" }),
    );
  });

  it("does not hand an unknown subject's words to the previous speaker", () => {
    const text =
      "وقال لافروف إن موسكو مستعدة للحوار. وقال مسؤولون إن الاجتماع تأجل. وقال في بيان إن الوفد وصل.";
    const { statements } = relate(article(text, [lavrov]));
    expect(statements.map((s) => [s.speaker, s.text])).toEqual([
      ["lavrov", "موسكو مستعدة للحوار"],
      ["lavrov", "الوفد وصل"],
    ]);
  });

  it("keeps a name's own first letter (وكالة ...) out of the clitics", () => {
    const text = "وذكرت وكالة الأنباء القطرية أن الوفد وصل إلى الدوحة.";
    const qna = {
      id: "qna",
      type: "Organization" as const,
      forms: ["وكالة الأنباء القطرية"],
      properties: { kind: "media" },
    };
    const [s] = relate(article(text, [qna, CAST.doha!])).statements;
    expect(s).toMatchObject({ speaker: "qna", verb: "ذكرت", text: "الوفد وصل إلى الدوحة", about: ["doha"] });
  });

  it("prefers a name after a title over the title's earlier holder", () => {
    const text =
      "وقال المتحدث باسم الجيش اللبناني نزيه جريج إن الحدود هادئة. وقال المتحدث باسم الجيش اللبناني علي قانصو إن الدوريات مستمرة. وأضاف المتحدث أن الوضع مستقر.";
    const cast = [CAST.lb!, army, person("jreij", "نزيه جريج"), person("qanso", "علي قانصو")];
    const { statements } = relate(article(text, cast));
    expect(statements.map((s) => s.speaker)).toEqual(["jreij", "qanso", "qanso"]);
  });

  it("ignores reporting verbs inside quotes", () => {
    const text = "وقال لافروف: «قال لي الوزير إن الاتفاق قريب».";
    const { statements } = relate(article(text, [lavrov]));
    expect(statements).toHaveLength(1);
    expect(statements[0]?.text).toBe("قال لي الوزير إن الاتفاق قريب");
  });
});
