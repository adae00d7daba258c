import { describe, expect, it } from "vitest";
import { analyzeSentence, historyFeatures, staticFeatures, wordShape } from "../../../ingest/ner/features.js";
import type { LexiconSnapshot } from "../../../ingest/ner/lexicon.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { CorpusKnowledge } from "../../../ingest/ner/dictionary.js";
import { DocumentMemory } from "../../../ingest/ner/memory.js";

const snapshot: LexiconSnapshot = {
  triggers: { title: ["رئيس", "وزير"], place: ["في", "مدينه"], org: ["وزاره"] },
  gazetteers: { LOC: ["باريس", "ولايات متحده"], ORG: ["امم متحده"] },
  triggersHash: "t",
  gazetteerHash: "g",
};
const lexicon = new LexiconIndex(snapshot);
const words = (s: string) => s.split(" ");
const featuresAt = (sentence: string, i: number) =>
  staticFeatures(analyzeSentence(words(sentence), lexicon), i);

describe("wordShape", () => {
  it.each([
    ["ماكرون", "a"],
    ["2001", "d"],
    ["٢٠٢٠", "d"],
    ["CNN", "X"],
    ["iPhone", "xXx"],
    ["11سبتمبر", "da"],
    ["،", "p"],
    ["(", "p"],
    ["مُحَمَّد", "a"],
  ])("%s → %s", (word, shape) => {
    expect(wordShape(word)).toBe(shape);
  });
});

describe("staticFeatures", () => {
  it("describes the word, its normalised and clitic-free forms and affixes", () => {
    const f = featuresAt("وقال الرئيس الفرنسي إيمانويل ماكرون", 3);
    expect(f).toEqual(
      expect.arrayContaining(["w=إيمانويل", "n=ايمانويل", "c=ايمانويل", "p2=اي", "s3=ويل", "sh=a", "cl="]),
    );
  });

  it("strips proclitics for the stem and core, keeping the clitics as a feature", () => {
    expect(featuresAt("وبالعراق", 0)).toEqual(expect.arrayContaining(["st=العراق", "c=عراق", "cl=و+ب+ال"]));
  });

  it("sees two words either side, with sentence boundaries", () => {
    const f = featuresAt("التقى الرئيس الفرنسي إيمانويل ماكرون", 1);
    expect(f).toEqual(expect.arrayContaining(["c-1=تقي", "c-2=<s>", "c+1=فرنسي", "c+2=ايمانويل"]));
    expect(featuresAt("باريس", 0)).toEqual(expect.arrayContaining(["c+1=<s>", "c-1=<s>"]));
  });

  it("marks trigger words before, at and after the word", () => {
    const f = featuresAt("التقى الرئيس ماكرون في باريس", 2);
    expect(f).toEqual(expect.arrayContaining(["t-1=title", "t-1c=title|ماكرون", "t+1=place"]));
    expect(featuresAt("أعلنت وزارة الخارجية", 1)).toContain("t0=org");
    // Proclitics do not hide a trigger: وللرئيس is و + ل + الرئيس.
    expect(featuresAt("وللرئيس ماكرون", 1)).toContain("t-1=title");
  });

  it("marks multi-word gazetteer matches as B/I of their class", () => {
    const tokens = analyzeSentence(words("قالت الأمم المتحدة إن الولايات المتحدة وباريس"), lexicon);
    expect(staticFeatures(tokens, 1)).toContain("g0=ORG:B");
    expect(staticFeatures(tokens, 2)).toContain("g0=ORG:I");
    expect(staticFeatures(tokens, 4)).toContain("g0=LOC:B");
    expect(staticFeatures(tokens, 5)).toEqual(expect.arrayContaining(["g0=LOC:I", "g-1=LOC:B"]));
    expect(staticFeatures(tokens, 6)).toContain("g0=LOC:B");
    expect(staticFeatures(tokens, 3).some((f) => f.startsWith("g0="))).toBe(false);
  });

  it("marks the last word of a gazetteer match (E); a one-word match is both B and E", () => {
    const tokens = analyzeSentence(words("قالت الأمم المتحدة إن باريس"), lexicon);
    expect(staticFeatures(tokens, 1)).not.toContain("g0=ORG:E");
    expect(staticFeatures(tokens, 2)).toEqual(expect.arrayContaining(["g0=ORG:I", "g0=ORG:E"]));
    expect(staticFeatures(tokens, 4)).toEqual(expect.arrayContaining(["g0=LOC:B", "g0=LOC:E"]));
  });

  it("adds the kinds the training corpus gives a word and its neighbours", () => {
    const known = new Map([
      ["طلعت", ["PERS"]],
      ["زكريا", ["PERS"]],
    ]);
    const corpus = new CorpusKnowledge({ words: known, vocabulary: new Set(known.keys()) });
    const tokens = analyzeSentence(words("حقق الفنان طلعت زكريا حلمه"), lexicon, undefined, corpus);
    expect(staticFeatures(tokens, 1)).toEqual(expect.arrayContaining(["d+1=PERS", "d+2=PERS", "d0=none"]));
    expect(staticFeatures(tokens, 3)).toEqual(
      expect.arrayContaining(["d0=PERS", "d-1=PERS", "d-1d0=PERS|PERS"]),
    );
    expect(staticFeatures(tokens, 4)).toEqual(expect.arrayContaining(["d-1=PERS", "d-2=PERS", "d0=none"]));
  });

  it("adds document-memory features for words tagged earlier", () => {
    const memory = new DocumentMemory();
    memory.record(["رئيس", "لحود"], ["O", "B-PERS"]);
    const tokens = analyzeSentence(words("وقال لحود"), lexicon, memory);
    expect(staticFeatures(tokens, 1)).toEqual(expect.arrayContaining(["ph=PERS", "phm=PERS"]));
    expect(staticFeatures(tokens, 0).some((f) => f.startsWith("ph"))).toBe(false);
  });
});

describe("document repetition", () => {
  // A club name the corpus never saw, repeated through a match report we wrote.
  const corpus = new CorpusKnowledge({ words: new Map(), vocabulary: new Set(["فاز", "نادي", "امس"]) });
  const repeatOf = (memory: DocumentMemory | undefined, sentence: string, i: number) =>
    staticFeatures(analyzeSentence(words(sentence), lexicon, memory, corpus), i).filter(
      (f) => f.startsWith("rp=") && !/[+-]1$/.test(f),
    );

  it("counts how often the document used a word, and says whether the corpus knows it", () => {
    const memory = new DocumentMemory();
    expect(repeatOf(memory, "فاز نادي الزمردة امس", 2)).toEqual(["rp=0u", "rp=0u|-"]);
    memory.record(["فاز", "نادي", "زمرده", "امس"], ["O", "O", "O", "O"]);
    expect(repeatOf(memory, "وخسر الزمردة", 1)).toEqual(["rp=1u", "rp=1u|-"]);
    memory.record(["زمرده"], ["O"]);
    memory.record(["زمرده", "نادي"], ["O", "O"]);
    expect(repeatOf(memory, "نادي الزمردة", 1)).toEqual(["rp=2u", "rp=2u|-"]);
    expect(repeatOf(memory, "نادي الزمردة", 0)).toEqual(["rp=2k", "rp=2k|-"]);
  });

  it("marks the neighbours of a repeated word; a lone sentence has used no word yet", () => {
    const memory = new DocumentMemory();
    memory.record(["زمرده"], ["O"]);
    const tokens = analyzeSentence(words("نادي الزمردة"), lexicon, memory, corpus);
    expect(staticFeatures(tokens, 0)).toEqual(expect.arrayContaining(["rp=1u+1"]));
    expect(repeatOf(undefined, "نادي الزمردة", 1)).toEqual(["rp=0u", "rp=0u|-"]);
    expect(featuresAt("نادي الزمردة", 1).some((f) => f.startsWith("rp"))).toBe(false);
  });
});

describe("historyFeatures", () => {
  it("combines the previous tags with each other and with the word", () => {
    const tokens = analyzeSentence(words("جورج بوش"), lexicon);
    expect(historyFeatures(tokens, 1, "B-PERS", "O")).toEqual(["h1=B-PERS", "h2=O|B-PERS", "h1c=B-PERS|بوش"]);
  });
});

describe("DocumentMemory", () => {
  it("forgets entity decisions older than its window", () => {
    const memory = new DocumentMemory(1);
    memory.record(["لحود", "قال"], ["B-PERS", "O"]);
    expect(memory.features("لحود")).toEqual(["ph=PERS", "phm=PERS"]);
    memory.record(["امس", "في", "بيروت"], ["O", "O", "B-LOC"]);
    expect(memory.features("لحود")).toEqual([]);
    expect(memory.features("بيروت")).toEqual(["ph=LOC", "phm=LOC"]);
  });

  it("counts every word of its last words, tagged or not, and forgets older ones", () => {
    const memory = new DocumentMemory(1000, 3);
    memory.record(["زمرده", "قال"], ["O", "O"]);
    memory.record(["زمرده"], ["B-ORG"]);
    expect(memory.times("زمرده")).toBe(2);
    memory.record(["امس", "فاز"], ["O", "O"]);
    expect(memory.times("زمرده")).toBe(1);
    expect(memory.times("قال")).toBe(0);
    memory.clear();
    expect(memory.times("فاز")).toBe(0);
  });

  it("remembers entity decisions only, so one missed mention does not pull later ones to O", () => {
    const memory = new DocumentMemory();
    memory.record(["قال", "لحود"], ["O", "O"]);
    expect(memory.features("لحود")).toEqual([]);
    memory.record(["الرئيس", "لحود"], ["O", "B-PERS"]);
    expect(memory.features("لحود")).toEqual(["ph=PERS", "phm=PERS"]);
    expect(memory.features("قال")).toEqual([]);
  });
});

describe("trigger window and sport sentences", () => {
  it("reads back to the nearest trigger of each class within four words, stopping at punctuation", () => {
    const sentence = "أعلنت وزارة الشؤون الخارجية الهندية ، أمس";
    expect(featuresAt(sentence, 3)).toContain("tw=org2");
    expect(featuresAt(sentence, 4)).toContain("tw=org3");
    expect(featuresAt(sentence, 6).filter((f) => f.startsWith("tw="))).toEqual([]);
  });

  it("crosses a word's lists with a sports report's sentence", () => {
    const f = featuresAt("تعادل فريق باريس مع ضيفه", 2);
    expect(f).toEqual(expect.arrayContaining(["sx=sport", "sx=sport|LOC:B", "sx=sport|LOC:E"]));
    expect(featuresAt("زار الوزير باريس أمس", 2).filter((x) => x.startsWith("sx="))).toEqual([]);
  });
});
