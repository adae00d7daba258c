// Issue 12, organisations and places, round 8. Sentences written for these tests.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

beforeAll(() => void extract("تمهيد"), 60_000);

const found = (text: string, tagger = true): [string, string][] =>
  extract(text, { tagger }).entities.map((e) => [e.type, e.mentions[0]?.text ?? ""]);

describe("bodies named with a purpose complement", () => {
  it.each([
    ["وأعلنت الجمعية السعودية لأمراض القلب عن مؤتمرها السنوي.", "الجمعية السعودية لأمراض القلب"],
    ["وافتتح المعهد الوطني لأبحاث المياه فرعا جديدا.", "المعهد الوطني لأبحاث المياه"],
  ])("ل before a hamza-initial purpose noun completes the name: %s", (text, name) => {
    for (const tagger of [false, true]) expect(found(text, tagger)).toContainEqual(["Organization", name]);
  });

  it("لأول مرة is no purpose of a name", () => {
    const mentions = found("وشارك المنتخب الوطني لأول مرة في البطولة.").map(([, m]) => m);
    expect(mentions.some((m) => m.includes("لأول"))).toBe(false);
  });

  it("المرصد and البرنامج with an adjective and a purpose name a body", () => {
    expect(found("وقال المرصد المغربي للزلازل إن الهزة كانت خفيفة.")).toContainEqual([
      "Organization",
      "المرصد المغربي للزلازل",
    ]);
    expect(found("ودعم البرنامج الوطني للتشجير والمراعي زراعة مليون شجرة.")).toContainEqual([
      "Organization",
      "البرنامج الوطني للتشجير والمراعي",
    ]);
  });

  it("a programme of training or a timetable is no body", () => {
    for (const text of [
      "وأعد المدرب برنامج التدريب اليومي للاعبين.",
      "وحضر المعلمون البرنامج التدريبي للمدارس.",
    ])
      expect(found(text).some(([t]) => t === "Organization")).toBe(false);
  });
});

describe("purposes in construct chains and sectors beside a body", () => {
  it.each([
    ["وأعلنت اللجنة المركزية لقبول طلبة الكليات النتائج.", "اللجنة المركزية لقبول طلبة الكليات"],
    ["وافتتحت الجمعية الخيرية لرعاية مرضى السكري فرعا جديدا.", "الجمعية الخيرية لرعاية مرضى السكري"],
    ["وأعلنت الهيئة العامة لتنظيم سوق العمل القرار.", "الهيئة العامة لتنظيم سوق العمل"],
  ])("an indefinite noun in construct, or a verbal noun in ت, is part of the purpose: %s", (text, name) => {
    expect(found(text)).toContainEqual(["Organization", name]);
  });

  it("لمدة after a body is a time, no purpose", () => {
    expect(found("وسيبقى المنتخب السعودي لمدة عامين في المعسكر.")).toContainEqual([
      "Organization",
      "المنتخب السعودي",
    ]);
  });

  it("the private sector joined after a ministry is not part of its name", () => {
    const got = found("ودعا إلى شراكة بين وزارة الإسكان والقطاع الخاص.");
    expect(got).toContainEqual(["Organization", "وزارة الإسكان"]);
    expect(got.some(([, m]) => m.includes("والقطاع"))).toBe(false);
  });
});

describe("a nisba that agrees with neither the head nor its complement", () => {
  it("a masculine nisba after وزارة الخارجية describes the official before it", () => {
    const got = found("ووصل نائب مستشار وزارة الخارجية البريطاني إلى القاهرة.");
    expect(got).toContainEqual(["Organization", "وزارة الخارجية"]);
    expect(got.some(([, m]) => m === "وزارة الخارجية البريطاني")).toBe(false);
  });

  it("a feminine nisba stays in the ministry's name", () => {
    expect(found("وأعلنت وزارة الخارجية البريطانية فرض عقوبات.")).toContainEqual([
      "Organization",
      "وزارة الخارجية البريطانية",
    ]);
  });
});

describe("facilities named by their kind", () => {
  it("قاعدة X الجوية is an air base", () => {
    expect(found("وهبطت المقاتلات في قاعدة الصخيرات الجوية قبل الفجر.")).toContainEqual([
      "Location",
      "قاعدة الصخيرات الجوية",
    ]);
  });

  it("منفذ X الحدودي is a border crossing, the adjective outside the name", () => {
    expect(found("وعبرت قوافل الإغاثة منفذ الرمثاء الحدودي صباح اليوم.")).toContainEqual([
      "Location",
      "منفذ الرمثاء",
    ]);
  });

  it("a rule or a database is no facility", () => {
    for (const text of [
      "ووضعت الشركة قاعدة البيانات الجديدة.",
      "وتعد هذه القاعدة العسكرية الأكبر في المنطقة.",
    ])
      expect(found(text).some(([t]) => t === "Location")).toBe(false);
  });
});

describe("foreign clubs and grounds", () => {
  it("clubs known by names that are no town", () => {
    const text = "وفاز ستوك سيتي على ساوثهامبتون، وتعادل باوك مع كلوب بروج.";
    const orgs = found(text)
      .filter(([t]) => t === "Organization")
      .map(([, m]) => m);
    expect(orgs).toEqual(expect.arrayContaining(["ستوك سيتي", "ساوثهامبتون", "باوك", "كلوب بروج"]));
  });

  it("a club written like a person's name is the club", () => {
    expect(found("وخسر باتي بوريسوف أمام منافسه في دوري الأبطال.")).toContainEqual([
      "Organization",
      "باتي بوريسوف",
    ]);
  });

  it("a ground is a place, not the country or the club", () => {
    const text = "وتقام المباراة على ستاد الإمارات ثم على ملعب سانتياغو برنابيو.";
    const got = found(text);
    expect(got).toContainEqual(["Location", "ستاد الإمارات"]);
    expect(got.some(([t]) => t === "Country")).toBe(false);
    expect(got.some(([t, m]) => t === "Location" && m.includes("سانتياغو برنابيو"))).toBe(true);
  });
});
