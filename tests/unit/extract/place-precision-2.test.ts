// Sentences written for these tests: hand-written towns whose name is an ordinary word, the end of
// a foreign name read as a town, and a bracketed place after قال من.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const places = (text: string, tagger: boolean): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "City" || e.type === "Location")
    .map((e) => e.name);

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a hand-written city named by an ordinary word needs a town's context", () => {
  it.each([
    ["وقدم الطلاب مشهد تمثيلي قصير في ختام الحفل.", "مشهد"],
    ["وانتهى الفيلم في مشهد مؤثر أبكى الحاضرين.", "مشهد"],
    ["ووجه الأهالي الشكر إلى حماة الوطن المرابطين على الحدود.", "حماة"],
    ["وقال إن المخدرات تدمر حياة الشباب وأسرهم.", "تدمر"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(places(text, tagger)).not.toContain(name);
  });

  it.each([
    ["ووصل الوفد التجاري إلى مدينة مشهد الإيرانية أمس.", "مشهد"],
    ["وقصفت الطائرات مواقع في ريف حماة الشمالي.", "حماة"],
    ["وأعلنت السلطات فتح المتحف في مدينة تدمر الأثرية.", "تدمر"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(places(text, tagger)).toContain(name);
  });
});

describe("a town written with و after a foreign given name is the rest of the name", () => {
  it.each([
    "وأكد المدرب أن ثيو والكوت سيعود إلى التدريبات الأسبوع المقبل.",
    "وأشاد المدرب باللاعب جون والكوت بعد المباراة.",
  ])("%s", (text) => {
    for (const tagger of [false, true]) expect(places(text, tagger)).not.toContain("الكوت");
  });

  it("a list of towns keeps its و", () => {
    for (const tagger of [false, true]) {
      expect(places("وزار الوزير بغداد والكوت والبصرة خلال جولته.", tagger)).toContain("الكوت");
      expect(places("وتضررت شبكة الكهرباء في واشنطن والكوت هذا الأسبوع.", tagger)).toContain("الكوت");
    }
  });
});

describe("a place in brackets after قال من is never the speaker", () => {
  it("قال من X (state) إن", () => {
    const r = extract("وقال من شارلوت (كارولاينا الشمالية) إن الحكومة ستعلن خطتها غدا.", {});
    const placeIds = new Set(
      r.entities.filter((e) => e.type !== "Person" && e.type !== "Organization").map((e) => e.id),
    );
    expect(placeIds.size).toBeGreaterThan(0);
    for (const s of r.statements ?? []) expect(placeIds.has(s.speaker ?? "")).toBe(false);
  });
});

describe("words that only look like a town", () => {
  it.each([
    ["وبلغ إنتاج الحقل 11 بليون قدم مكعبة يوميا.", "ليون"],
    ["وقرأ الكاتب القصة صبياً في مجلة قديمة.", "صبيا"],
    ["وأشاد اللاعب بما وجده من رعاية في النادي.", "جدة"],
    ["وأشاد اللاعب بما وجده من رعاية في النادي.", "وجدة"],
  ])("%s", (text, name) => {
    for (const tagger of [false, true]) expect(places(text, tagger)).not.toContain(name);
  });

  it("و + جدة in a list of towns is Jeddah; after مدينة the whole word is Oujda", () => {
    for (const tagger of [false, true]) {
      const list = extract("وتنطلق الحملة في الرياض وجدة والدمام.", { tagger }).entities.map((e) => e.id);
      expect(list).toContain("city:jeddah");
      expect(list).not.toContain("city:oujda");
      const town = extract("وأقيم المهرجان في مدينة وجدة المغربية.", { tagger }).entities.map((e) => e.id);
      expect(town).toContain("city:oujda");
    }
  });
});

const orgs = (text: string, tagger: boolean): string[] =>
  extract(text, { tagger })
    .entities.filter((e) => e.type === "Organization")
    .map((e) => e.name);

describe("organisation extents", () => {
  it("ل + a noun with a pronoun (لنظيره) is no purpose of the name", () => {
    for (const tagger of [false, true]) {
      const names = orgs("وتغلب الاتحاد السعودي لنظيره المصري في المباراة النهائية.", tagger);
      expect(names.some((n) => n.includes("لنظيره"))).toBe(false);
      expect(orgs("وأعلنت الهيئة العامة لرعاية الشباب النتائج.", tagger)).toContain(
        "الهيئة العامة لرعاية الشباب",
      );
    }
  });

  it("a head and an adjective that says which (الاتحاد القاري) names no body", () => {
    for (const tagger of [false, true])
      expect(orgs("وأكد الاتحاد القاري أن البطولة ستقام في موعدها.", tagger)).not.toContain("الاتحاد القاري");
  });
});

describe("a town named like a definite nisba after a definite noun", () => {
  it("التدرج الرمادي (grey) is an adjective; في الرمادي stays the town", () => {
    expect(places("وتظهر الصورة بألوان على التدرج الرمادي في الجهاز.", true)).not.toContain("الرمادي");
    for (const tagger of [false, true])
      expect(places("وسيطر التنظيم على الرمادي بعد معارك عنيفة.", tagger)).toContain("الرمادي");
  });
});

it("أعضاء هيئة التدريس (the teaching staff) names no body", () => {
  for (const tagger of [false, true])
    expect(orgs("وطالب أعضاء هيئة التدريس في الجامعة بزيادة الرواتب.", tagger)).not.toContain("هيئة التدريس");
});
