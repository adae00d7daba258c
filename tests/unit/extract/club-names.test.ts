// Sentences written for these tests; the clubs are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const entities = (text: string): { type: string; name: string; mentions: number }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({
    type: e.type,
    name: e.name,
    mentions: e.mentions.length,
  }));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a club named by an unknown word after نادي, even behind a proclitic", () => {
  it.each([
    ["وواصل الفريق الأول بنادي برقاش تدريباته المسائية.", "نادي برقاش"],
    ["وقال رئيس نادي زمردان إن الفريق جاهز للموسم.", "نادي زمردان"],
    ["ولعب اللاعب لنادي قرنوس موسمين.", "نادي قرنوس"],
  ])("%s", (text, name) => {
    expect(entities(text)).toContainEqual(expect.objectContaining({ type: "Organization", name }));
  });

  it.each([
    "وأعلن نادي مستضيف للبطولة عن جاهزيته.",
    "وأقيم الحفل في نادي رياضي بالمدينة.",
    "وانضم إلى نادي كبير في أوروبا.",
  ])("no club: %s", (text) => {
    expect(entities(text).filter((e) => e.type === "Organization")).toEqual([]);
  });
});

describe("a city's name that an article uses for its club", () => {
  it("the bare name joins the club named by its head", () => {
    const found = entities("وأعلن نادي برشلونة تعاقده مع مدافع جديد. وقال برشلونة في بيان إن الصفقة اكتملت.");
    expect(found).toContainEqual({ type: "Organization", name: "نادي برشلونة", mentions: 2 });
    expect(found.filter((e) => e.type === "City")).toEqual([]);
  });

  it("a club in a list of clubs after another club recognised by its city's name", () => {
    const found = entities("وتسعى أندية كبرى مثل ريال مدريد وبرشلونة وفالنسيا إلى ضمه.");
    expect(found).toContainEqual(expect.objectContaining({ type: "Organization", name: "فالنسيا" }));
    expect(found.filter((e) => e.type === "City")).toEqual([]);
  });

  it("the city stays a city when the article names it as a place", () => {
    const found = entities(
      "وأعلن نادي برشلونة تعاقده مع مدافع جديد. ووصل اللاعب إلى مدينة برشلونة مساء أمس.",
    );
    expect(found).toContainEqual(expect.objectContaining({ type: "City", name: "برشلونة" }));
  });
});
