import { describe, expect, it } from "vitest";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST, person } from "./fixture.js";

// News-style sentences written for these tests.

describe("relate: titles before names → LEADS / MEMBER_OF", () => {
  it.each([
    ["الرئيس الأميركي جو بايدن", "LEADS", "us", "president", CAST.us!],
    ["رئيس الوزراء الياباني فوميو كيشيدا", "LEADS", "jp", "prime minister", CAST.jp!],
    ["وزير الخارجية الروسي سيرغي لافروف", "MEMBER_OF", "ru", "foreign minister", CAST.ru!],
    ["العاهل الأردني الملك عبد الله الثاني", "LEADS", "jo", "king", CAST.jo!, "عبد الله الثاني"],
    [
      "الأمين العام للأمم المتحدة أنطونيو غوتيريش",
      "LEADS",
      "un",
      "secretary-general",
      { ...CAST.un!, forms: ["للأمم المتحدة"] },
    ],
    ["السفير الفرنسي في بيروت آن غريو", "MEMBER_OF", "fr", "ambassador", CAST.fr!],
  ])("%s → %s %s (%s)", (phrase, type, target, role, country, fullName?: string) => {
    const text = `وقال ${phrase} إن المحادثات كانت مثمرة.`;
    const name = fullName ?? phrase.split(" ").slice(-2).join(" ");
    const { relations } = relate(article(text, [country, person("p", name)]));
    const r = relations.find((x) => x.source === "p" && x.type === type);
    if (role === "ambassador") {
      // "في بيروت" sits between the title and the name: not a title phrase we read (precision).
      expect(r).toBeUndefined();
      return;
    }
    expect(r).toMatchObject({ target, properties: { role } });
    const ev = r?.evidence[0];
    expect(ev && text.slice(ev.start, ev.end)).toBe(ev?.text);
    expect(ev?.text.endsWith(name)).toBe(true);
  });

  it("marks السابق as a former role, done", () => {
    const text = "وانتقد الرئيس المصري السابق حسني مبارك القرار.";
    const { relations } = relate(article(text, [CAST.eg!, person("mubarak", "حسني مبارك")]));
    expect(relations).toContainEqual(
      expect.objectContaining({
        type: "LEADS",
        source: "mubarak",
        target: "eg",
        properties: { role: "former president", status: "done" },
      }),
    );
  });

  it("reads a title without country from the same title earlier in the article, with lower confidence", () => {
    const text = "وقال الرئيس الأميركي جو بايدن إن الحرب انتهت. وكان الرئيس السابق باراك أوباما قد عارضها.";
    const { relations } = relate(
      article(text, [CAST.us!, person("biden", "جو بايدن"), person("obama", "باراك أوباما")]),
    );
    const obama = relations.find((r) => r.source === "obama");
    expect(obama).toMatchObject({ type: "LEADS", target: "us", properties: { role: "former president" } });
    expect(obama?.confidence).toBeLessThan(0.9);
  });

  it("uses the organisation in a spokesperson's title, and PART_OF for the state body with a nisba", () => {
    const text = "وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن طهران سترد.";
    const cast = [
      CAST.ir!,
      person("kanani", "ناصر كنعاني"),
      {
        id: "irmfa",
        type: "Organization" as const,
        forms: ["وزارة الخارجية الإيرانية"],
        properties: { country: "ir" },
      },
    ];
    const { relations } = relate(article(text, cast));
    expect(relations).toContainEqual(
      expect.objectContaining({
        type: "MEMBER_OF",
        source: "kanani",
        target: "irmfa",
        properties: { role: "spokesperson" },
      }),
    );
    expect(relations).toContainEqual(
      expect.objectContaining({ type: "PART_OF", source: "irmfa", target: "ir" }),
    );
  });

  it.each([
    // `country` is what the entity stage sets for a name written with a nisba.
    ["وزارة الدفاع الروسية", { country: "ru" }, true],
    ["مجلس النواب الأردني", { country: "jo" }, true],
    ["القيادة المركزية", { country: "us" }, false],
    // Round 33: a medium ending with its country's nisba is that country's (the gold convention).
    ["وكالة الأنباء الفرنسية", { kind: "media", country: "fr" }, true],
    ["شركة النفط الإيرانية", { country: "ir" }, false],
    ["الحزب الديمقراطي المصري", { kind: "party", country: "eg" }, false],
  ])("PART_OF for %s: %s", (name, properties, expected) => {
    const text = `وأعلنت ${name} في بيان نتائج التحقيق.`;
    const country = [CAST.ru!, CAST.jo!, CAST.fr!, CAST.ir!, CAST.eg!, CAST.us!];
    const { relations } = relate(
      article(text, [...country, { id: "o", type: "Organization", forms: [name], properties }]),
    );
    expect(relations.some((r) => r.type === "PART_OF" && r.source === "o")).toBe(expected);
  });
});
