// Issue 12, organisations and places, round 7. Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

beforeAll(() => void extract("تمهيد"), 60_000);

const found = (text: string, tagger = true): [string, string][] =>
  extract(text, { tagger }).entities.map((e) => [e.type, e.mentions[0]?.text ?? ""]);

describe("words that read as places but are not", () => {
  it.each([
    "وأدى المصلون صلاة المغرب في الجامع الكبير.",
    "ويبدأ الإفطار بعد أذان المغرب مباشرة.",
    "وجمع المسافرون بين صلاتي المغرب والعشاء.",
  ])("المغرب after a word of prayer is the sunset prayer: %s", (text) => {
    for (const tagger of [false, true])
      expect(found(text, tagger).some(([, m]) => m === "المغرب")).toBe(false);
  });

  it("المغرب elsewhere is still Morocco", () => {
    expect(found("ووقع المغرب وتونس اتفاقية للتبادل التجاري.")).toContainEqual(["Country", "المغرب"]);
  });

  it("خام غرب تكساس الوسيط and خام دبي are oil benchmarks, not places", () => {
    const text = "وصعد خام غرب تكساس الوسيط إلى 60 دولارا، فيما استقر خام دبي عند 58 دولارا.";
    for (const tagger of [false, true]) {
      const mentions = found(text, tagger).map(([, m]) => m);
      expect(mentions).not.toContain("تكساس");
      expect(mentions).not.toContain("دبي");
    }
    expect(found("وضربت العاصفة ولاية تكساس الأمريكية.")).toContainEqual(["Location", "ولاية تكساس"]);
  });

  it("سيول (torrents) is Seoul only where its country is named", () => {
    expect(found("وجرفت سيول الأمطار عددا من السيارات في الوادي.").some(([, m]) => m === "سيول")).toBe(false);
    expect(found("وحذر الدفاع المدني من سيول جارفة.").some(([, m]) => m === "سيول")).toBe(false);
    expect(found("ووصل الوفد إلى سيول في زيارة رسمية لكوريا الجنوبية.")).toContainEqual(["City", "سيول"]);
  });

  it("جاكارتا is the Indonesian capital, a city", () => {
    expect(found("ووصل المنتخب إلى جاكارتا أمس.")).toContainEqual(["City", "جاكارتا"]);
  });
});

describe("a newspaper named after its town, in quotes", () => {
  it("صحيفة «الرياض» is the newspaper, the town later is the town", () => {
    const got = extract('وذكرت صحيفة "الرياض" أن المعرض يقام في الرياض الشهر المقبل.').entities;
    expect(got.map((e) => e.type).sort()).toEqual(["City", "Organization"]);
  });
});

describe("organisation names that run on past the purpose noun", () => {
  it.each([
    ["وأصدر الجهاز المركزي للتعبئة العامة والإحصاء تقريره السنوي.", "الجهاز المركزي للتعبئة العامة والإحصاء"],
    [
      "ووقعت الهيئة الوطنية للمدن الذكية ومناطق الابتكار عقدا جديدا.",
      "الهيئة الوطنية للمدن الذكية ومناطق الابتكار",
    ],
    ["وأعلنت اللجنة العليا للانتخابات العامة موعد الاقتراع.", "اللجنة العليا للانتخابات العامة"],
    [
      "وقال رئيس الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي إن الخطة جاهزة.",
      "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي",
    ],
  ])("%s", (text, name) => {
    const orgs = found(text)
      .filter(([t]) => t === "Organization")
      .map(([, m]) => m);
    expect(orgs).toContain(name);
  });

  it("العام after the purpose is the year, and a joined verb starts a new clause", () => {
    const a = found("وقالت الهيئة العامة للإحصاء العام الماضي إن البطالة تراجعت.");
    expect(a).toContainEqual(["Organization", "الهيئة العامة للإحصاء"]);
    const b = found("ووقعت الهيئة الوطنية للمدن الذكية وأعلن الوزير موعد التنفيذ.");
    expect(b.filter(([t]) => t === "Organization").map(([, m]) => m)).toEqual([
      "الهيئة الوطنية للمدن الذكية",
    ]);
  });
});

describe("an outlet named bare and with its noun", () => {
  it("صحيفة «X» and صحيفة X are one newspaper", () => {
    const got = extract(
      'وهنأت صحيفة "الرياض" الكاتب بالجائزة. وقال رئيس تحرير صحيفة الرياض إن العدد يصدر غدا.',
    ).entities;
    expect(got.map((e) => [e.type, e.mentions.map((m) => m.text)])).toEqual([
      ["Organization", ["الرياض", "صحيفة الرياض"]],
    ]);
  });
});
