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

  it("drops kinds a word carries in under 30% of its uses", () => {
    const rare = [
      s("أعلن/O الأمل/B-ORG أمس/O"),
      s("يبقى/O الأمل/O قائما/O"),
      s("فقد/O الأمل/O تماما/O"),
      s("أعاد/O الأمل/O إلينا/O"),
    ];
    expect(learnLists(rare).words.get("امل")).toBeUndefined();
    expect(learnLists(rare.slice(0, 3)).words.get("امل")).toEqual(["ORG"]);
  });

  it("answers lookups through CorpusKnowledge", () => {
    const k = new CorpusKnowledge(lists);
    expect(k.kindsOf("بوش")).toEqual(["PERS"]);
    expect(k.kindsOf("مجهول")).toEqual([]);
  });

  it("keeps every word key of the corpus, entity or not, as its vocabulary", () => {
    const k = new CorpusKnowledge(lists);
    expect(k.known("قال")).toBe(true);
    expect(k.known("بوش")).toBe(true);
    expect(k.known("مجهول")).toBe(false);
  });
});
