// Phrases and sentences written for these tests: English labels of institutions glossed word by word.
import { describe, expect, it } from "vitest";
import { glossPhrase } from "../../../ingest/extract/gloss.js";
import { extract } from "../../../ingest/extract/index.js";
import { complementEn } from "../../../ingest/extract/label.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";

const lex = loadLexicon();

describe("glossPhrase", () => {
  it.each([
    // A construct chain reads backwards, an indefinite first word too.
    ["وزراء الداخلية", "Interior Ministers"],
    ["وزراء السياحة", "Tourism Ministers"],
    // A noun and its adjective: the adjective goes first.
    ["الانتخابات البلدية", "Municipal Elections"],
    ["الجيش الوطني", "National Army"],
    // لل reads as ال; و joins two chains with "and".
    ["للأسرى والمفقودين", "Prisoners and Missing Persons"],
    ["للتراث والفنون", "Heritage and Arts"],
    // A و-joined adjective joins the adjective before it.
    ["الشؤون الدينية والاجتماعية", "Religious and Social Affairs"],
    // A phrase of the lexicon is one unit (حقوق الإنسان), whatever its first word.
    ["حقوق الإنسان", "Human Rights"],
    // A country's nisba, feminine too, is glossed as its demonym.
    ["الجيش التركي", "Turkish Army"],
    ["وكالة الفضاء الأمريكية", null],
    ["الشرطة الفرنسية", "French Police"],
    // A word with no gloss leaves the phrase to the romaniser.
    ["الجيش الفلاني", null],
    ["", null],
  ])("%s → %s", (ar, en) => {
    expect(glossPhrase(lex, ar)).toBe(en);
  });

  it("reads a word that begins with و as itself before it reads a conjunction", () => {
    // وزراء is the noun, not و + زراء.
    expect(glossPhrase(lex, "وزراء")).toBe("Ministers");
  });
});

describe("complementEn", () => {
  it("glosses the parts of a construct chain together, in English order", () => {
    expect(
      complementEn(lex, [
        { text: "وزراء", en: null },
        { text: "الداخلية", en: "Interior" },
      ]),
    ).toBe("Interior Ministers");
  });

  it("keeps a purpose part after the chain and romanises a part without gloss", () => {
    expect(
      complementEn(lex, [
        { text: "الفلاني", en: null },
        { text: "للسياحة", en: "Tourism" },
      ]),
    ).toBe("al-Falani Tourism");
  });
});

const label = (text: string, name: string): string | undefined =>
  extract(text, { tagger: false }).entities.find((e) => e.name === name)?.nameEn;

describe("organisation labels in sentences", () => {
  it.each([
    ["اجتمع مجلس وزراء الداخلية العرب في تونس", "مجلس وزراء الداخلية", "Council of Interior Ministers"],
    ["تخرج الطالب من كلية المجتمع بالمدينة", "كلية المجتمع", "Community College"],
    ["نقل المصاب إلى مستشفى الحرس الوطني أمس", "مستشفى الحرس الوطني", "National Guard Hospital"],
    ["تقدمت قوات الجيش الوطني نحو المدينة", "قوات الجيش الوطني", "National Army Forces"],
    // A club's name is a name, even when its words have glosses.
    ["فاز نادي الشباب في المباراة", "نادي الشباب", "Al-Shabab Club"],
    // A described complement keeps the head's "of"; with its adjectives it may be one phrase.
    ["تخرج من كلية الهندسة في الجامعة", "كلية الهندسة", "College of Engineering"],
    ["درس في معهد الإدارة العامة بالرياض", "معهد الإدارة العامة", "Institute of Public Administration"],
    [
      "تخرج من كلية العلوم الطبية التطبيقية",
      "كلية العلوم الطبية التطبيقية",
      "College of Applied Medical Sciences",
    ],
    // After a proper name, the adjectives go between the name and the head.
    ["نقل إلى مستشفى الملك فهد التخصصي بالدمام", "مستشفى الملك فهد التخصصي", "King Fahd Specialist Hospital"],
    // After the complement of "X of", they describe the complement.
    ["اجتمع مجلس التنمية السياحية أمس", "مجلس التنمية السياحية", "Council of Tourism Development"],
    // Institution vocabulary glossed, not romanised.
    ["حكمت محكمة التمييز في القضية", "محكمة التمييز", "Cassation Court"],
    ["عقدت لجنة السلامة المرورية اجتماعها", "لجنة السلامة المرورية", "Traffic Safety Committee"],
    // A place with adjectives goes before the head, as after a proper name.
    ["رفع بنك جدة التجاري أرباحه", "بنك جدة التجاري", "Jeddah Commercial Bank"],
    ["ناقش مجلس الطائف البلدي المشروع", "مجلس الطائف البلدي", "Taif Municipal Council"],
  ])("%s", (text, name, en) => {
    expect(label(text, name)).toBe(en);
  });
});

describe("organisation labels of the tagger's names", () => {
  it("glosses a definite head named by its adjectives alone", () => {
    // The label is under test, not the tagger's reach: a sentence the shipped tagger names it in.
    const found = extract("أعلن الاتحاد الآسيوي أمس موعد البطولة").entities.find(
      (e) => e.name === "الاتحاد الآسيوي",
    );
    expect(found?.nameEn).toBe("Asian Federation");
  });
});
