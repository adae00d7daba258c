import { describe, expect, it } from "vitest";
import { loadLexicon, phraseKeys } from "../../../ingest/lexicon/index.js";
import { nisbaStem } from "../../../ingest/lexicon/nisba.js";

const lex = loadLexicon();
const lookup = (phrase: string) => {
  const keys = phraseKeys(phrase);
  return lex.gazetteer.longest(keys[0] ?? "", (o) => keys[o])?.value;
};

describe("lexicon", () => {
  it("holds every ISO country with Arabic and English names", () => {
    expect(lex.countries.size).toBeGreaterThanOrEqual(249);
    expect(lex.countries.get("IQ")).toMatchObject({ id: "country:IQ", ar: "العراق", en: "Iraq" });
  });

  it.each([
    ["أمريكا", "country:US"],
    ["أميركا", "country:US"],
    ["الولايات المتحدة", "country:US"],
    ["عراقيين", "country:IQ"],
    ["فرنسية", "country:FR"],
    ["أفغاني", "country:AF"],
    ["بريطاني", "country:GB"],
    ["البيت الأبيض", "loc:white-house"],
    ["تنظيم الدولة الإسلامية", "org:isis"],
    ["وكالة الصحافة الفرنسية", "org:afp"],
    ["واشنطن", "city:washington"],
  ])("%s → %s", (phrase, id) => {
    expect(lookup(phrase)?.id).toBe(id);
  });

  it.each(["مالي", "فتح", "الشباب", "الجزيرة", "بنين"])("keeps the ordinary word %s out", (word) => {
    expect(lookup(word)).toBeUndefined();
  });

  it.each([
    ["العراق", "عراقي"],
    ["فرنسا", "فرنسي"],
    ["روسيا", "روسي"],
    ["السعودية", "سعودي"],
    ["الصين", "صيني"],
    ["كوريا الشمالية", null],
  ])("derives the nisba of %s", (name, stem) => {
    expect(nisbaStem(name)).toBe(stem);
  });

  it("has English glosses for titles and organisation heads", () => {
    const keys = phraseKeys("رئيس الوزراء");
    expect(lex.titles.longest(keys[0] ?? "", (o) => keys[o])?.value).toMatchObject({
      en: "Prime Minister",
      relation: "LEADS",
    });
    expect(lex.orgHeads.get("مجلس")).toMatchObject({ en: "Council of {X}" });
  });
});
