// Sentences written for these tests: what unseen news reads as a name, a place or a type it is not.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import type { SentenceTagger } from "../../../ingest/extract/tagger.js";

/** A tagger that tags the given words (by position in the sentence) and nothing else. */
function tagging(spans: Record<number, string>): SentenceTagger {
  return { tag: (words) => words.map((_, i) => spans[i] ?? "O") };
}

const typed = (text: string, tagger: SentenceTagger | false = false): string[] =>
  extract(text, { tagger }).entities.map((e) => `${e.type} ${e.name}`);

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a club named after its city", () => {
  it.each([
    ["وفاز برشلونة الإسباني على ضيفه بهدفين.", "برشلونة"],
    ["وانتقل اللاعب إلى فريقه الجديد ميلانو بعد أن لعب لفريق روما.", "روما"],
  ])("%s", (text, name) => {
    const got = typed(text);
    expect(got).toContain(`Organization ${name}`);
    expect(got).not.toContain(`City ${name}`);
  });

  it("a city in a list with a club is a club", () => {
    const got = typed("وتتنافس أندية آرسنال ومانشستر سيتي وليفربول على اللقب.");
    expect(got).toContain("Organization ليفربول");
    expect(got).not.toContain("City ليفربول");
  });

  it("a nationality that introduces the player after it leaves the city alone", () => {
    const got = typed("وتعاقد النادي مع لاعب فريق روتردام المغربي كريم الفاسي.");
    expect(got).toContain("Person كريم الفاسي");
  });

  it.each([
    ["ووصل الوفد إلى برشلونة الإسبانية أمس.", "برشلونة"],
    ["وعقد الاجتماع في روما بحضور الوزراء.", "روما"],
  ])("the city: %s", (text, name) => {
    expect(typed(text)).toContain(`City ${name}`);
  });
});

describe("ordinals in a rank", () => {
  it("العريف أول X: أول belongs to the rank, not to the name", () => {
    const got = typed("وشيع المواطنون العريف أول سالم محمد الحبسي إلى مثواه.");
    expect(got).toContain("Person سالم محمد الحبسي");
  });
});

describe("a capital that names a meeting or an accord", () => {
  it("اتفاق X is the city where it was made, not the country's government", () => {
    const got = typed("وقال الوزير إن اتفاق فيينا لا يمنع العقوبات.");
    expect(got).toContain("City فيينا");
    expect(got).not.toContain("Country النمسا");
  });
});

describe("a facility named after a person", () => {
  it("a title and a name before الدولي are an airport's name, not the person", () => {
    const got = typed("وأعلنت الهيئة تأجيل الرحلات المغادرة من الملك فهد الدولي بسبب الغبار.");
    expect(got.filter((e) => e.startsWith("Person"))).toEqual([]);
  });
});

describe("a town name that is the first word of a construct", () => {
  it("دار X after a village noun is not the town called دار", () => {
    const got = typed("واحتفل أهالي قرية دار السلامة بتخريج أبنائهم.");
    expect(got.filter((e) => e.endsWith(" دار"))).toEqual([]);
  });
});

describe("tagger spans that are no names", () => {
  it("a quantifier and a noun are no person", () => {
    const tagger = tagging({ 2: "B-PERS", 3: "I-PERS" });
    const got = typed("وبعد أن اجتاز معظم المواد تقدم للاختبار.", tagger);
    expect(got.filter((e) => e.startsWith("Person"))).toEqual([]);
  });

  it("a word with the accusative ending is no name", () => {
    const tagger = tagging({ 3: "B-PERS", 4: "I-PERS" });
    const got = typed("ولكن الوضع يتغير رويدًا رويدًا في المنطقة.", tagger);
    expect(got.filter((e) => e.startsWith("Person"))).toEqual([]);
  });

  it("مني (from me) is no name, منى is", () => {
    const tagger = tagging({ 4: "B-PERS", 5: "I-PERS" });
    expect(typed("وأعتذر إن كان قد بدر مني ما يسيء.", tagger)).toEqual([]);
    expect(typed("وقالت الدكتورة منى الشهري إن البرنامج ناجح.")).toContain("Person منى الشهري");
  });

  it("a verb after a given name ends it: died", () => {
    const tagger = tagging({ 2: "B-PERS", 3: "I-PERS" });
    const got = typed("وقال مسؤول إن كريم توفي في المستشفى.", tagger);
    expect(got).not.toContain("Person كريم توفي");
  });

  it("a bank's head noun makes the span an organisation", () => {
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS" });
    const got = typed("وتوقع بنك فالنتي هاربر تراجع الأسعار.", tagger);
    expect(got.filter((e) => e.startsWith("Person"))).toEqual([]);
    expect(got).toContain("Organization بنك فالنتي هاربر");
  });

  it("a conjunction before the article opens no organisation's name", () => {
    const tagger = tagging({ 3: "B-ORG", 4: "I-ORG" });
    const got = typed("وقال إن الحكومة والمنظمة الجديدة تتفقان.", tagger);
    expect(got.filter((e) => e.startsWith("Organization"))).toEqual([]);
  });
});

describe("organisation extents", () => {
  const orgs = (text: string): string[] =>
    extract(text, { tagger: false })
      .entities.filter((e) => e.type === "Organization")
      .map((e) => e.name);

  it("the board of a body named by a definite head is the body", () => {
    expect(
      orgs("وتم تجديد عضوية ممثل الوزارة في مجلس إدارة الهيئة العامة للطيران المدني لمدة عامين."),
    ).toEqual(["الهيئة العامة للطيران المدني"]);
  });

  it("a masculine nationality after a feminine head is not the body's", () => {
    expect(orgs("وقال رئيس المنظمة العالمية الألماني توماس باخ إن القرار نهائي.")).not.toContain(
      "المنظمة العالمية الألماني",
    );
  });

  it.each([
    ["وأعلنت الهيئة السعودية للحياة الفطرية النتائج.", "الهيئة السعودية للحياة الفطرية"],
    ["وأعلن الاتحاد السعودي لكرة القدم الجدول.", "الاتحاد السعودي لكرة القدم"],
  ])("a noun after the purpose is the sentence going on: %s", (text, name) => {
    expect(orgs(text)).toEqual([name]);
  });
});

describe("names that run into the next word", () => {
  const persons = (text: string, tagger: SentenceTagger | false = false): string[] =>
    extract(text, { tagger })
      .entities.filter((e) => e.type === "Person")
      .map((e) => e.name);

  it("a European nationality after a name is no family name; an Arab one may be", () => {
    expect(persons("ويلاقي الهلال نظيره فيرونا الإيطالي وديا.")).not.toContain("فيرونا الإيطالي");
    expect(persons("وقال الدكتور طاهر المصري إن الحفل ناجح.")).toContain("طاهر المصري");
  });

  it("a preposition on a verbal noun ends the name", () => {
    expect(persons("وقام باحثون من جامعتي أم القرى والملك عبد العزيز بإجراء دراسة.")).toEqual([]);
    expect(persons("وقال الدكتور سالم باعشن إن الدراسة مهمة.")).toContain("سالم باعشن");
  });

  it("و on a given name starts a second person", () => {
    expect(persons("وقال فيصل وإبراهيم السويل إن الحفل ناجح.")).not.toContain("فيصل وإبراهيم السويل");
    expect(persons("وقال وليد الشهري إن الحفل ناجح.")).toContain("وليد الشهري");
    const tagger = tagging({ 1: "B-PERS", 2: "I-PERS", 3: "I-PERS" });
    expect(persons("وحضر فيصل وإبراهيم السويل الحفل.", tagger)).not.toContain("فيصل وإبراهيم السويل");
  });
});

describe("ordinary words that read like place or club names", () => {
  it.each([
    ["تعرض المهاجم لقطع في الرباط الصليبي قبل المباراة.", "الرباط"],
    ["وعاد الشاعر إلى مسقط رأسه بعد غياب طويل.", "مسقط"],
    ["وقال المدرب إن العقبة التي تواجه الفريق هي الإرهاق.", "العقبة"],
    ["أصيب الحارس في قدمه اليمنى خلال الإحماء.", "اليمن"],
    ["ووقف الضيوف على الجهة اليمنى من القاعة.", "اليمن"],
  ])("%s", (text, name) => {
    expect(typed(text).some((e) => e.endsWith(` ${name}`))).toBe(false);
  });

  it("keeps the capital and the nisba where they are names", () => {
    expect(typed("وسافر الوفد إلى مسقط أمس.")).toContain("City مسقط");
    expect(typed("وقال الرئيس اليمنى إن الهدنة صامدة.")).toContain("Country اليمن");
  });

  it("a relative adjective after a common noun is no club or place the tagger saw", () => {
    // The tagger's guesses, written by hand: الأهلي and ترفيهية as names.
    expect(typed("ويعمل المهندس في القطاع الأهلي منذ سنوات.", tagging({ 4: "B-ORG" }))).toEqual([]);
    expect(typed("ويضم المهرجان مدينة ترفيهية ومسرحا مفتوحا.", tagging({ 3: "B-LOC" }))).toEqual([]);
    expect(typed("وقدم النادي الأهلي لاعبه الجديد.", tagging({ 2: "B-ORG" }))).toContain(
      "Organization الأهلي",
    );
  });

  it("a word written with tanween is no district's name, and لي after قال is 'to me'", () => {
    expect(typed("هل هو كائن حيّ مُدركٌ مثل الإنسان؟")).toEqual([]);
    expect(typed("فقال لي موظف الاستقبال إن الشبكة معطلة.", tagging({ 1: "B-PERS", 2: "I-PERS" }))).toEqual(
      [],
    );
  });
});
