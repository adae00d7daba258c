// Sentences written for these tests; the people are invented, the clubs commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

const entities = (text: string): { type: string; name: string }[] =>
  extract(text, { tagger: false }).entities.map((e) => ({ type: e.type, name: e.name }));

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("the given name تركي before a family name is a person, not Turkey", () => {
  it.each([
    ["وحضر اللقاء مدير فرع الوزارة بمنطقة القصيم تركي البراهيم وعدد من المسؤولين.", "تركي البراهيم"],
    ["وشارك في الحملة سالم الدوسري، وتركي العنزي، وخالد المطيري.", "تركي العنزي"],
    ["وقال تركي الحمدان إن الأعمال ستنتهي قريبا.", "تركي الحمدان"],
  ])("%s", (text, name) => {
    const found = entities(text);
    expect(found).toContainEqual({ type: "Person", name });
    expect(found.filter((e) => e.type === "Country")).toEqual([]);
  });

  it.each(["ووصل وفد تركي الأسبوع الماضي إلى المدينة.", "وهو مهندس تركي الجنسية يعمل في الشركة."])(
    "still Turkish: %s",
    (text) => {
      expect(entities(text)).toContainEqual(expect.objectContaining({ type: "Country", name: "تركيا" }));
      expect(entities(text).filter((e) => e.type === "Person")).toEqual([]);
    },
  );
});

describe("a well-known club by its short name in a sentence about the game", () => {
  it.each([
    ["وجدد المدافع عقده مع النصر لثلاثة مواسم.", "النصر"],
    ["ويلتقي الفريق مع الهلال في مباراة السوبر الشهر المقبل.", "الهلال"],
    ["وانتقل اللاعب للهلال في فترة الانتقالات الصيفية.", "الهلال"],
  ])("%s", (text, name) => {
    expect(entities(text)).toContainEqual({ type: "Organization", name });
  });

  it("the nationality after the name tells the club apart and stays its country's mention", () => {
    const found = entities("ويخوض الفريق مباراتين وديتين أمام السد القطري والنصر الإماراتي.");
    expect(found).toContainEqual({ type: "Organization", name: "السد القطري" });
    expect(found).toContainEqual({ type: "Organization", name: "النصر الإماراتي" });
    expect(found).toContainEqual(expect.objectContaining({ type: "Country", name: "قطر" }));
  });

  it.each([
    "وحقق الجيش النصر في المعركة بعد أسابيع.",
    "وأعلن الاتحاد قراره بعد اجتماع اللجنة الفنية حول الدوري.",
    "وتم الاتفاق مع اللاعب على تجديد عقده.",
    "واكتمل بناء السد الإثيوبي هذا العام.",
  ])("no club: %s", (text) => {
    expect(entities(text).filter((e) => e.type === "Organization")).toEqual([]);
  });

  it("a longer name that starts with the club's word is that name", () => {
    const found = entities("وأطلق الهلال الأحمر حملة لدعم المصابين في المباراة.");
    expect(found).toEqual([{ type: "Organization", name: "الهلال الأحمر" }]);
  });
});

describe("foreign clubs and players news writes short", () => {
  it("a spelling of a club's name and the coach after it stay apart", () => {
    const found = entities("وقال مدرب باريس سان جرمان لوران بلان إن الصفقة لم تكتمل.");
    expect(found).toContainEqual(expect.objectContaining({ type: "Organization", name: "باريس سان جيرمان" }));
    expect(found.filter((e) => e.type === "City")).toEqual([]);
  });

  it("a footballer named by his surname alone", () => {
    const found = entities("وسجل ميسي هدفين في المباراة أمام ريفر بليت.");
    expect(found).toContainEqual(expect.objectContaining({ type: "Person", name: "ليونيل ميسي" }));
    expect(found).toContainEqual(expect.objectContaining({ type: "Organization", name: "ريفر بليت" }));
  });
});

describe("a sport page's phrases that are no names", () => {
  it("a count of matches after الفريق is no person", () => {
    const found = entities("وسيخوض الفريق أربع مباريات ودية في المعسكر.");
    expect(found.filter((e) => e.type === "Person")).toEqual([]);
  });

  it("a name ends before ل on a feminine noun", () => {
    const found = entities("وانضم المدافع الكويتي سالم حمد لقائمة المنتخب قبل المعسكر.");
    expect(found).toContainEqual({ type: "Person", name: "سالم حمد" });
  });

  it("a Gulf family name with بو (أبو) is no preposition on a noun", () => {
    const tagger = stub({ فهد: "PERS", بوخميسة: "PERS" });
    const found = extract("بحضور المنسق الإعلامي للفريق الأستاذ فهد بوخميسة.", { tagger }).entities;
    expect(found).toContainEqual(expect.objectContaining({ type: "Person", name: "فهد بوخميسة" }));
  });
});

describe("foreign first names of a verb's shape (round 2)", () => {
  // The tagger is stubbed: what it tags here is what it tags in news; the rules decide.
  const tagged = (text: string, spans: Record<string, string>): { type: string; name: string }[] =>
    extract(text, { tagger: stub(spans) }).entities.map((e) => ({ type: e.type, name: e.name }));

  it.each([
    ["وقال المدرب توميسلاف بيتروفيتش إن لاعبيه جاهزون للقاء.", "توميسلاف", "بيتروفيتش"],
    ["وأشاد المدرب بأداء صانع الألعاب تيري بيكر في الشوط الثاني.", "تيري", "بيكر"],
    ["وقال المدرب سينسا ستويانوفيتش إن الفريق يستحق الفوز.", "سينسا", "ستويانوفيتش"],
  ])("a name the tagger reads whole stays whole: %s", (text, first, last) => {
    expect(tagged(text, { [first]: "PERS", [last]: "PERS" })).toContainEqual({
      type: "Person",
      name: `${first} ${last}`,
    });
  });

  it("a transliterated surname ending in تش is no verb", () => {
    const found = tagged("ووقع ستيفان ماركوفيتش على عقد إعارة لمدة موسم.", {
      ستيفان: "PERS",
      ماركوفيتش: "PERS",
    });
    expect(found).toContainEqual({ type: "Person", name: "ستيفان ماركوفيتش" });
  });

  it.each([
    ["ويلعب الفريق غدا مباراته الأخيرة.", { يلعب: "PERS", الفريق: "PERS" }],
    ["وسيتم الإعلان عن القائمة غدا.", { سيتم: "PERS" }],
    ["فكما قال سيدي الأمير إن الوطن للجميع.", { سيدي: "PERS" }],
  ])("still no person: %s", (text, spans) => {
    expect(tagged(text, spans as Record<string, string>).filter((e) => e.type === "Person")).toEqual([]);
  });
});

describe("a one-word place with a masculine nationality after it, in a sentence of the game", () => {
  const tagged = (text: string): { type: string; name: string }[] =>
    extract(text, { tagger: stub({ فيرونا: "LOC" }) }).entities.map((e) => ({ type: e.type, name: e.name }));

  it("is the club", () => {
    const found = tagged("وانتقل اللاعب إلى فيرونا الإيطالي مقابل خمسة ملايين.");
    expect(found).toContainEqual({ type: "Organization", name: "فيرونا" });
    expect(found).toContainEqual(expect.objectContaining({ type: "Country", name: "إيطاليا" }));
  });

  it("a feminine nationality keeps the town", () => {
    expect(
      tagged("وانتقل اللاعب إلى فيرونا الإيطالية لقضاء الإجازة.").filter((e) => e.type === "Organization"),
    ).toEqual([]);
  });
});

describe("a family name written apart after العبد", () => {
  it.each([
    ["وقال المتحدث الرسمي طارق العبد الجبار إن العمل مستمر.", "طارق العبد الجبار"],
    ["وأكد مدير الإدارة سامي العبد اللطيف أن المشروع انتهى.", "سامي العبد اللطيف"],
  ])("%s", (text, name) => {
    expect(entities(text)).toContainEqual({ type: "Person", name });
  });
});

describe("أمين is a given name too", () => {
  it("before بن it starts the chain", () => {
    expect(entities("وحضر الحفل أمين بن سالم بن راشد الحربي وعدد من المسؤولين.")).toContainEqual({
      type: "Person",
      name: "أمين بن سالم بن راشد الحربي",
    });
  });

  it("the mayor's title still takes the name after it", () => {
    const found = entities("وأكد أمين منطقة الرياض فهد بن سالم أن المشروع انتهى.");
    expect(found).toContainEqual({ type: "Person", name: "فهد بن سالم" });
    expect(found.filter((e) => e.type === "Person")).toHaveLength(1);
  });
});
