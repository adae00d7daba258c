// Sentences written for these tests; the towns are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const places = (text: string): { type: string; name: string }[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Location" || e.type === "City")
    .map((e) => ({ type: e.type, name: e.name }));

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a governorate the gazetteer does not know", () => {
  it.each([
    ["وقع الحادث في محافظة زمردان أمس.", "محافظة زمردان"],
    ["وأعلن محافظ محافظة قرنوس افتتاح المشروع.", "محافظة قرنوس"],
  ])("%s", (text, name) => {
    expect(places(text)).toContainEqual({ type: "Location", name });
  });

  it.each([
    "وقال إن محافظة ساحلية ستستفيد من المشروع.",
    "وتعد محافظة كبيرة من حيث المساحة.",
    "وزار محافظة في الجنوب.",
  ])("no place: %s", (text) => {
    expect(places(text)).toEqual([]);
  });
});

describe("a town the gazetteers lack, after a noun of a settlement", () => {
  it.each([
    ["وصل الوفد إلى بلدة زمردان صباح اليوم.", "زمردان"],
    ["وتقع قرية قرنوس على سفح الجبل.", "قرنوس"],
    ["واحتفل أهالي مدينة برقاش بالعيد.", "برقاش"],
  ])("%s", (text, name) => {
    expect(places(text)).toContainEqual({ type: "City", name });
  });

  it.each([
    "وقال إن مدينة كبيرة مثل هذه تحتاج إلى مطار.",
    "وتعد قرية زراعية منذ القدم.",
    "وعاد إلى قريته بعد غياب.",
  ])("no town: %s", (text) => {
    expect(places(text).filter((p) => p.type === "City")).toEqual([]);
  });

  it("a known city after the noun is the gazetteer's", () => {
    expect(places("وزار الوفد مدينة جدة أمس.")).toContainEqual({ type: "City", name: "جدة" });
  });
});

describe("words after a settlement noun that name no town", () => {
  it.each(["وهي مدينة في الشمال.", "وزار مدينة زرتها مرتين من قبل.", "يعد مدينة من أجمل المدن."])(
    "%s",
    (text) => {
      expect(places(text).filter((p) => p.type === "City")).toEqual([]);
    },
  );
});

describe("a foreign g written ج (بنجلاديش) as well as غ (بنغلاديش)", () => {
  const all = (text: string): { type: string; name: string }[] =>
    extract(text, { tagger: false }).entities.map((e) => ({ type: e.type, name: e.name }));

  it.each([
    ["وأوقفت الشرطة عاملا بنجلاديشي الجنسية.", { type: "Country", name: "بنغلاديش" }],
    ["ويقيم المنتخب معسكره في البرتجال.", { type: "Country", name: "البرتغال" }],
    ["وسافر الوفد إلى هامبورج أمس.", { type: "City", name: "هامبورغ" }],
    ["ووقعت الاتفاقية مع الكونغو الديمقراطية.", { type: "Country", name: "جمهورية الكونغو الديمقراطية" }],
  ])("%s", (text, entity) => {
    expect(all(text)).toContainEqual(entity);
  });

  it("an Arabic name keeps its one spelling (المجرب is no المغرب)", () => {
    expect(all("وقال إن العلاج المجرب آمن.")).toEqual([]);
  });
});

describe("a list of places under one plural head (متنزهات X وY)", () => {
  const named = (text: string): [string, string[]][] =>
    extract(text, { tagger: false })
      .entities.filter((e) => e.type === "Location")
      .map((e) => [e.name, e.mentions.map((m) => m.text)]);

  it("each name is a place of the singular head, mentioned by its name alone", () => {
    expect(named("ومتنزهات زمردان والأمير ماجد، والشفق، والخزامى بالقرى.")).toEqual([
      ["متنزه زمردان", ["زمردان"]],
      ["متنزه الأمير ماجد", ["الأمير ماجد"]],
      ["متنزه الشفق", ["الشفق"]],
      ["متنزه الخزامى", ["الخزامى"]],
    ]);
  });

  it("a relative noun names a district", () => {
    expect(named("وشملت الحملة أحياء النسيم والعزيزية.").map(([n]) => n)).toEqual([
      "حي النسيم",
      "حي العزيزية",
    ]);
  });

  it.each([
    "وتنتشر ملاعب الأندية والمدارس.",
    "وتفقد الوفد أحياء المدينة والقرى.",
    "وزار الوفد متاحف باريس ولندن.",
  ])("no list of places: %s", (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe("a capital after the adverbial compass word (شمالي، غربي) is the city, not its government", () => {
  it.each([
    ["وتقع البلدة شمالي دمشق على الطريق الدولي.", "city:damascus"],
    ["واندلعت المواجهات في منطقة تقع غربي بغداد.", "city:baghdad"],
  ])("%s", (text, id) => {
    const found = extract(text, { tagger: false }).entities.map((e) => e.id);
    expect(found).toContain(id);
    expect(found.filter((x) => x.startsWith("country:"))).toEqual([]);
  });
});
