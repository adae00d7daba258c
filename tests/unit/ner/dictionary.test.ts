import { describe, expect, it } from "vitest";
import { CorpusKnowledge, learnLists } from "../../../ingest/ner/dictionary.js";
import type { LabelledSentence } from "../../../ingest/ner/conll.js";
import type { Tag } from "../../../ingest/ner/tags.js";

// Sentences in the style of ANERcorp (clitics attached), written for this test.
const s = (text: string): LabelledSentence => {
  const pairs = text.split(" ").map((p) => p.split("/"));
  return { words: pairs.map(([w]) => w ?? ""), tags: pairs.map(([, t]) => (t ?? "O") as Tag) };
};
const corpus = [
  s("وقال/O جورج/B-PERS بوش/I-PERS إن/O حركة/B-ORG المقاومة/I-ORG الإسلامية/I-ORG ترفض/O"),
  s("وزار/O بوش/B-PERS الأردن/B-LOC أمس/O"),
  s("وأكد/O جوردن/B-PERS أن/O جوردن/B-LOC بلدة/O صغيرة/O"),
  s("وقال/O المتحدث/O إن/O الحركة/O ترفض/O"),
];

describe("learnLists", () => {
  const lists = learnLists(corpus);

  it.each([
    ["بوش", ["PERS"]],
    ["اردن", ["LOC"]],
    ["جوردن", ["LOC", "PERS"]],
    ["قال", undefined],
  ])("word %s → %j", (key, kinds) => {
    expect(lists.words.get(key)).toEqual(kinds);
  });

  it("drops kinds a word rarely carries", () => {
    // حركة is ORG once in two uses (kept); a word that is O most of the time is not listed.
    expect(learnLists([...corpus, ...corpus.slice(3), ...corpus.slice(3)]).words.get("ترفض")).toBeUndefined();
  });

  it("keeps names of two or more words by kind, as clitic-free keys", () => {
    expect(lists.phrases).toEqual({ ORG: ["حركه مقاومه اسلاميه"], PERS: ["جورج بوش"] });
  });

  it("matches learnt names in new sentences and answers word lookups", () => {
    const k = new CorpusKnowledge(lists);
    expect(k.phraseIndex.gazetteerLabels([["وفد"], ["حركه"], ["مقاومه"], ["اسلاميه"]])).toEqual([
      [],
      ["ORG:B"],
      ["ORG:I"],
      ["ORG:I"],
    ]);
    expect(k.kindsOf("بوش")).toEqual(["PERS"]);
    expect(k.kindsOf("مجهول")).toEqual([]);
  });
});
