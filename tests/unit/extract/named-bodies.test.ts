// Organisations named by a quoted brand, a byline or a head noun, and names that belong to a
// company, a competition or an index rather than to a person. Sentences written for these tests in
// news style; bodies and people invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

const found = (text: string, type: string, tags: Record<string, string> = {}): string[] =>
  extract(text, { tagger: stub(tags) })
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a quoted name after the noun of an outlet or a business", () => {
  it.each([
    ["وذكرت قناة «النجوم» الإخبارية أن الاجتماع تأجل.", "النجوم"],
    ["وقال موقع “أخبار الساحل” إن المباراة تأجلت.", "أخبار الساحل"],
    ["وأوضح الرئيس التنفيذي لمجموعة «الواحة القابضة» أن الأرباح ارتفعت.", "الواحة القابضة"],
    ["بحسب ما أوردته قناة ‘إن بي في” المحلية.", "إن بي في"],
  ])("%s → %s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });

  it("quoted function words alone are no name", () => {
    expect(found("وقالت الشركة «من» جهتها إن الموعد ثابت.", "Organization")).toEqual([]);
  });
});

describe("the outlet of a byline", () => {
  it.each([
    ["النهار- وكالات: أعلنت الحكومة خطة جديدة للنقل.", "النهار"],
    ["سامي الأحمد – الواحة: انطلقت أمس فعاليات المهرجان.", "الواحة"],
  ])("%s → %s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });
});

describe("heads of organisation names", () => {
  it.each([
    ["وشارك ممثلو رابطة العالم الإسلامي في المؤتمر.", "رابطة العالم الإسلامي"],
    ["وافتتحت أكاديمية الفنون معرضها السنوي.", "أكاديمية الفنون"],
    ["وتراجع المؤشر الرئيسي في بورصة لندن.", "بورصة لندن"],
    ["وضبطت جمارك دبي شحنة مهربة.", "جمارك دبي"],
    ["وأعلنت عمادة القبول والتسجيل مواعيد التقديم.", "عمادة القبول والتسجيل"],
    ["وأعلن تحالف دعم الشرعية في اليمن بدء العملية.", "تحالف دعم الشرعية في اليمن"],
  ])("%s → %s", (text, name) => {
    expect(found(text, "Organization")).toContain(name);
  });

  it.each([
    "وقال إن مجموعة من الشباب حضروا الحفل.",
    "واتسعت دائرة الخلاف بين الطرفين.",
    "وصدر ديوان شعر جديد للشاعر.",
  ])("no organisation: %s", (text) => {
    expect(found(text, "Organization")).toEqual([]);
  });

  it.each(["واجتمع المجلس تحت رئاسة هشام الفلاني أمس.", "ويسعى المرشح إلى رئاسة الاتحاد الدولي للسباحة."])(
    "an office held is no organisation: %s",
    (text) => {
      expect(found(text, "Organization").filter((n) => n.startsWith("رئاسة"))).toEqual([]);
    },
  );
});

describe("a name after the noun of a company, a competition or an index", () => {
  it("شركة X Y is the company", () => {
    const text = "وأعلنت شركة سامي الفلاني عن مبادرة جديدة للشباب.";
    expect(found(text, "Organization")).toContain("شركة سامي الفلاني");
    expect(found(text, "Person")).toEqual([]);
  });

  it.each([
    ["وفاز الفريق في دوري سامي الفلاني للمحترفين.", {}],
    ["وانخفض المؤشر جون داو الصناعي في التعاملات.", { جون: "PERS", داو: "PERS" }],
  ])("no person: %s", (text, tags) => {
    expect(found(text, "Person", tags)).toEqual([]);
  });
});

describe("words that are no person's name", () => {
  it("a span stopping before الله is a noun in construct with God", () => {
    const text = "وتتواصل الجهود في خدمة حجاج بيت الله الحرام.";
    expect(found(text, "Person", { حجاج: "PERS", بيت: "PERS" })).toEqual([]);
  });

  it("و + a verb opens a clause, the name after it stands alone", () => {
    const text = "وسيلتحق سالم خلال اليومين القادمين ببعثة الفريق.";
    expect(found(text, "Person", { وسيلتحق: "PERS", سالم: "PERS" })).not.toContain("سيلتحق سالم");
  });

  it("سواء is a function word", () => {
    const text = "وقال إن أي عضو سواء المحترفين أو الهواة يمكنه الترشح.";
    expect(found(text, "Person", { سواء: "PERS", المحترفين: "PERS" })).toEqual([]);
  });

  it("الله ending a spaced compound is never a surname", () => {
    const text = "وحضر حسن نصر الله الحفل. وقال إن الله وفقهم.";
    const people = extract(text, { tagger: false }).entities.filter((e) => e.type === "Person");
    expect(people.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain("الله");
  });
});

describe("given names", () => {
  it.each([
    ["وقال تركي العتيبي مدير الفرع إن العمل مستمر.", "تركي العتيبي"],
    ["واستقبل الرئيس عبدربه سالم الفلاني الوفد.", "عبدربه سالم الفلاني"],
  ])("%s → %s", (text, name) => {
    expect(found(text, "Person")).toContain(name);
  });

  it("a nationality before a genitive of respect stays a nationality", () => {
    expect(found("وقتل جندي تركي الجنسية في الاشتباك.", "Person")).toEqual([]);
  });
});

describe("an organisation written short in the same article", () => {
  it("a name that begins exactly one longer organisation name is that organisation", () => {
    const text = "وأقامت لجنة التنمية الاجتماعية الأهلية دورة للشباب. وقال رئيس لجنة التنمية إن الدورة نجحت.";
    const orgs = extract(text, { tagger: false }).entities.filter((e) => e.type === "Organization");
    expect(orgs.map((e) => e.name)).toEqual(["لجنة التنمية الاجتماعية الأهلية"]);
    expect(orgs[0]?.mentions).toHaveLength(2);
  });

  it("two longer names leave the short one apart", () => {
    const text =
      "وأقامت لجنة التنمية الاجتماعية دورة. وأقامت لجنة التنمية الريفية دورة. وقالت لجنة التنمية إن الدورة نجحت.";
    expect(found(text, "Organization")).toHaveLength(3);
  });
});

describe("a head in the dual names two bodies", () => {
  it.each([
    ["واجتمع مسؤولو وزارتي الداخلية والخارجية أمس.", ["وزارة الداخلية", "وزارة الخارجية"]],
    ["وكلفت الوزارة فريقا من جامعتي أم القرى والملك سعود بالدراسة.", ["جامعة أم القرى", "جامعة الملك سعود"]],
    [
      "وطالبت منظمتا هيومن رايتس ووتش والعفو الدولية بالإفراج عنهم.",
      ["هيومن رايتس ووتش", "منظمة العفو الدولية"],
    ],
  ])("%s", (text, names) => {
    expect(found(text, "Organization")).toEqual(names);
  });

  it("the singular's entity: the same id as the body written out", () => {
    const id = (text: string): string | undefined =>
      extract(text, { tagger: false }).entities.find((e) => e.name === "جامعة الملك سعود")?.id;
    expect(id("وتعاونت جامعتا الملك سعود والملك فيصل في البحث.")).toBe(
      id("وافتتحت جامعة الملك سعود مبنى جديدا."),
    );
  });
});
