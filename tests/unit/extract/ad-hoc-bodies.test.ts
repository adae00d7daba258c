// Sentences written for these tests: passing panels and pitches named by what they do, and share
// buttons of a web page.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const names = (text: string): string[] => extract(text, { tagger: false }).entities.map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a head and a word of what it does, with nothing naming it, is no name", () => {
  it.each([
    "وقالت الأسرة إن لجنة التحقيق لم تستمع إلى شهودها.",
    "وبحسب أرقام لجنة التسجيل شارك مئتا متسابق في الدورة.",
    "وأعلنت لجنة التحكيم أسماء الفائزين في المسابقة.",
    "وأجرى الفريق حصته على ملعب التدريب مساء أمس.",
    "ووصلت البعثة إلى ملعب المباراة قبل ساعتين من صافرة البداية.",
  ])("%s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ["وسلمت لجنة التحقيق الدولية تقريرها إلى الأمين العام.", "لجنة التحقيق الدولية"],
    ["وأوقفت لجنة الانضباط المدافع ثلاث مباريات.", "لجنة الانضباط"],
    ["وأقيم اللقاء على ملعب الأمير فيصل بن فهد.", "ملعب الأمير فيصل بن فهد"],
  ])("%s: still a name", (text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe("platforms one after the other with nothing between them are share buttons", () => {
  it("a row of buttons names no platform", () => {
    expect(names("شارك من خلال تويتر فيسبوك واتساب اكتب رأيك")).toEqual([]);
  });

  it.each([
    "ونشر الوزير الصور على حسابيه في تويتر وفيسبوك.",
    "وانتشر المقطع على مواقع فيسبوك، تويتر، يوتيوب.",
  ])("%s: platforms the article speaks of", (text) => {
    expect(names(text).length).toBeGreaterThanOrEqual(2);
  });
});
