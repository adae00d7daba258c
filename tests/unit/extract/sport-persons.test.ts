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
