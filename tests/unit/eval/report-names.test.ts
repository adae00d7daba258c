// Name heuristics of the corpus report. Names are made up for these tests (no corpus text).
import { describe, expect, it } from "vitest";
import {
  duplicateKind,
  identityKey,
  isChainPrefix,
  suspectedDuplicates,
  suspicions,
  type NameKnowledge,
} from "../../../bench/report/names.js";
import { arabicStrings, loadNameKnowledge } from "../../../bench/report/knowledge.js";

describe("identityKey", () => {
  it.each([
    ["أحمد", "احمد"],
    ["إسماعيل", "اسماعيل"],
    ["آمنة", "امنه"],
    ["مصطفى", "مصطفي"],
    ["سالـــم", "سالم"],
    ["سَالِمٌ", "سالم"],
    ["عبد الرحيم بن عبد اللطيف", "عبدالرحيم بن عبداللطيف"],
    ["  سالم   بن  راشد ", "سالم بن راشد"],
    // Only عبد before ال is joined.
    ["عبد ربه", "عبد ربه"],
  ])("%s → %s", (name, key) => {
    expect(identityKey(name)).toBe(key);
  });
});

describe("isChainPrefix and duplicateKind", () => {
  it.each([
    ["سالم بن راشد", "سالم بن راشد بن حمدان", true],
    ["سالم", "سالم الغامدي", true],
    ["سالم الغامدي", "سالم", false],
    ["سالم", "سالم", false],
    ["سالم", "سالمين الغامدي", false],
  ])("%s prefix of %s: %s", (a, b, expected) => {
    expect(isChainPrefix(a, b)).toBe(expected);
  });

  it.each([
    ["عبد الرحيم أحمد", "عبدالرحيم احمد", "same-identity"],
    ["سالم بن راشد بن حمدان", "سالم بن راشد", "chain-prefix"],
    ["سالم بن راشد", "راشد بن سالم", null],
    // A definite family name ending a chain is part of its identity: a correct split.
    ["سالم بن راشد الحمداني", "سالم بن راشد", null],
    ["سالم بن راشد بن خلفان الحمداني", "سالم بن راشد", null],
    ["سالم بن راشد بن خلفان آل حمدان", "سالم بن راشد", "chain-prefix"],
    ["سالم الحمداني", "سالم الحمداني المري", "chain-prefix"],
  ])("%s ≈ %s: %s", (a, b, kind) => {
    expect(duplicateKind(a, b)).toBe(kind);
  });

  it("pairs only items of the same type", () => {
    const items = [
      { id: "p1", type: "Person", name: "سالم" },
      { id: "p2", type: "Person", name: "سالم الغامدي" },
      { id: "c1", type: "City", name: "سالم الغامدي" },
      { id: "p3", type: "Person", name: "سالم  الغامدي" },
    ];
    const pairs = suspectedDuplicates(items).map((p) => `${p.a.id}-${p.b.id} ${p.kind}`);
    expect(pairs).toEqual(["p1-p2 chain-prefix", "p1-p3 chain-prefix", "p2-p3 same-identity"]);
  });
});

const K: NameKnowledge = {
  knownWords: new Set(["سالم", "وليد", "راشد", "بن", "وزاره"]),
  givenNames: new Set(["سالم", "وليد", "راشد", "طالب"]),
  knownNames: new Set(["حمدان الراشدي", "منطقه تبوك"]),
  nameWords: new Set(["سالم", "وليد", "راشد", "بن", "وزاره", "حمدان", "الراشدي", "منطقه", "تبوك"]),
  titles: ["الامير", "وزير الخارجيه", "الدكتور"],
  commonNouns: ["المواطن"],
  functionWords: new Set(["في", "قال", "طالب"]),
  formulae: ["حفظه الله", "رحمه الله"],
};

describe("suspicions", () => {
  it.each([
    ["سالم بن راشد", "Person", 5, []],
    // A proclitic before a word of a known or seen name, or before a known name.
    ["وسالم", "Person", 1, ["proclitic"]],
    ["وحمدان الراشدي", "Person", 1, ["proclitic"]],
    ["بمنطقة", "Location", 1, ["proclitic"]],
    // A foreign name that only begins with one of the letters leaves no name behind.
    ["كاليدونيا", "Location", 3, []],
    ["ليوناردو راشد", "Person", 1, []],
    // A first word that is itself a known name, or too short after the letter, is not flagged.
    ["وليد راشد", "Person", 1, []],
    ["بدر راشد", "Person", 1, []],
    ["وزارة الخارجية", "Organization", 1, []],
    ["سالم", "Person", 2, ["single-word-shared"]],
    ["سالم", "Person", 1, []],
    ["سالم", "City", 3, []],
    ["الأمير سالم", "Person", 1, ["title"]],
    ["وزير الخارجية سالم", "Person", 1, ["title"]],
    // A family name that is a title: آل الأمير.
    ["سالم آل الأمير", "Person", 1, []],
    ["الأمير سالم", "Organization", 1, []],
    ["المواطن سالم راشد", "Person", 1, ["common-noun"]],
    ["سالم قال", "Person", 1, ["function-word"]],
    ["سالم طالب", "Person", 1, []],
    ["مجلس التعاون في المنطقة", "Organization", 1, []],
    ["سالم بن راشد حفظه الله", "Person", 1, ["formula"]],
    ["الدكتور سالم رحمه الله", "Person", 1, ["title", "formula"]],
  ] as const)("%s (%s, %i articles) → %j", (name, type, articles, kinds) => {
    expect(suspicions(name, type, articles, K)).toEqual(kinds);
  });
});

describe("loadNameKnowledge", () => {
  it("reads the word lists from the lexicon and name-noise.json", () => {
    const k = loadNameKnowledge(["حمدان الراشدي"]);
    expect(k.titles).toContain(identityKey("الأمير"));
    expect(k.titles).toContain(identityKey("معالي"));
    expect(k.formulae).toContain(identityKey("حفظه الله"));
    expect(k.functionWords.has("في")).toBe(true);
    // على is kept out: in identity form it is the name علي.
    expect(k.functionWords.has("علي")).toBe(false);
    expect(k.givenNames.has("محمد")).toBe(true);
    expect(k.knownNames.has("حمدان الراشدي")).toBe(true);
  });

  it("collects Arabic strings but not notes or English glosses", () => {
    const data = { _source: "نص", items: [{ ar: "سالم", en: "Salem", variants: ["سليم"] }], n: 3 };
    expect(arabicStrings(data)).toEqual(["سالم", "سليم"]);
  });
});
