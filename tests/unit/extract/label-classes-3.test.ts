// English labels (eleventh label session): a gloss said once, a purpose ل before an indefinite
// noun, more institution words glossed, the nisba after a university's or company's proper name,
// well-known world names. Sentences written for these tests; the events in them are invented.
import { beforeAll, describe, expect, it } from "vitest";
import { glossPhrase, sayOnce } from "../../../ingest/extract/gloss.js";
import { extract } from "../../../ingest/extract/index.js";
import { loadLexicon } from "../../../ingest/lexicon/index.js";
import { romanizeName } from "../../../ingest/text/romanize.js";

const lex = loadLexicon();
const label = (text: string, name: string): string | undefined =>
  extract(text, { tagger: false }).entities.find((e) => e.name === name)?.nameEn;

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("glossPhrase", () => {
  it.each([
    // الخارجية alone is glossed Foreign Affairs: after الشؤون, Affairs is said once.
    ["الشؤون الخارجية", "Foreign Affairs"],
    ["متابعة مبادرة السلام العربية", "Arab Peace Initiative Follow-up"],
    ["التعليم الأهلي", "Private Education"],
    // The ديموقراطي spelling, and a people's adjective that no country gazetteer entry gives.
    ["الاتحاد الديموقراطي الكردي", "Kurdish Democratic Union"],
    // A purpose ل before an indefinite noun in construct.
    ["لتوطين الوظائف", "Jobs Localization"],
    ["خفر السواحل", "Coast Guard"],
    ["التفتيش القضائي", "Judicial Inspection"],
  ])("%s → %s", (ar, en) => {
    expect(glossPhrase(lex, ar)).toBe(en);
  });

  it("a word that ends one gloss and starts the next is said once, names aside", () => {
    expect(sayOnce("Foreign Affairs Affairs Committee")).toBe("Foreign Affairs Committee");
    expect(sayOnce("al-Sayed Committee")).toBe("al-Sayed Committee");
  });

  it("a word that begins with ل is read as itself first", () => {
    expect(glossPhrase(lex, "لجنة")).toBe(null);
  });
});

describe("organisation labels", () => {
  it.each([
    ["ناقشت لجنة الشؤون الخارجية مشروع القرار.", "لجنة الشؤون الخارجية", "Foreign Affairs Committee"],
    [
      "عقدت لجنة متابعة مبادرة السلام العربية اجتماعها.",
      "لجنة متابعة مبادرة السلام العربية",
      "Arab Peace Initiative Follow-up Committee",
    ],
    [
      "أصدر حزب الاتحاد الديموقراطي الكردي بيانا.",
      "حزب الاتحاد الديموقراطي الكردي",
      "Kurdish Democratic Union Party",
    ],
    // After a proper name a university's nisba says where it is; a club keeps it (two countries' clubs share names).
    ["افتتحت جامعة برمنجهام البريطانية فرعا جديدا.", "جامعة برمنجهام البريطانية", "Birmingham University"],
  ])("%s", (text, name, en) => {
    expect(label(text, name)).toBe(en);
  });

  it("a club keeps its country", () => {
    expect(label("فاز الأهلي المصري على ضيفه.", "الأهلي المصري")).toBe("Al-Ahli (Egypt)");
  });
});

describe("romanizeName: well-known names", () => {
  it("world-news names and outlets", () => {
    expect(romanizeName("لويس فان غال")).toBe("Louis van Gaal");
    expect(romanizeName("جيسون")).toBe("Jason");
    expect(romanizeName("جوجل")).toBe("Google");
    expect(romanizeName("غوغل")).toBe("Google");
    expect(romanizeName("اليوتيوب")).toBe("YouTube");
    expect(romanizeName("أم القرى")).toBe("Umm al-Qura");
    expect(romanizeName("سالم المداني")).toBe("Salem al-Madani");
    expect(romanizeName("جون كنيدي")).toBe("John Kennedy");
    expect(romanizeName("فولفجانج")).toBe("Wolfgang");
    expect(romanizeName("ستيفن سبيلبيرج")).toBe("Steven Spielberg");
    expect(romanizeName("زيوريخ")).toBe("Zurich");
  });
});
