import { afterEach, describe, expect, it, vi } from "vitest";
import type { LabelledSentence } from "../../../ingest/ner/conll.js";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };

/**
 * Each word's transition signals, from a freshly loaded features.ts under NER_TX_DROP=`drop`
 * (and NER_TX_D=`form` when given), with corpus labels learnt from two sentences written here.
 */
async function signalsWith(drop: string, words: string[], form?: string): Promise<string[][]> {
  vi.resetModules();
  vi.stubEnv("NER_TX_DROP", drop);
  vi.stubEnv("NER_TX_D", form ?? "");
  const features = await import("../../../ingest/ner/features.js");
  const { LexiconIndex } = await import("../../../ingest/ner/lookup.js");
  const { CorpusKnowledge, learnLists } = await import("../../../ingest/ner/dictionary.js");
  const corpus = new CorpusKnowledge(
    learnLists(<LabelledSentence[]>[
      { words: ["زار", "سمير", "حداد", "عمان"], tags: ["O", "B-PERS", "I-PERS", "B-LOC"] },
      { words: ["شركة", "حداد", "للنقل"], tags: ["B-ORG", "I-ORG", "I-ORG"] },
    ]),
  );
  const tokens = features.analyzeSentence(words, new LexiconIndex(empty), undefined, corpus);
  return tokens.map((t) => features.transitionSignals(t));
}

describe("NER_TX_DROP (measuring switch)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const words = ["وزار", "بين", "2021", "بالقاهرة"];

  it("keeps every signal group by default", async () => {
    expect(await signalsWith("", words)).toEqual([["cl:و"], ["w:بين"], ["sh:d"], ["cl:ب+ال"]]);
  });

  it("gives corpus labels inside-only rows with NER_TX_D=in, or only single labels with one", async () => {
    const labelled = ["سمير", "حداد", "عمان"];
    expect(await signalsWith("", labelled, "in")).toEqual([
      ["i:d:PERS"],
      ["i:d:ORG", "i:d:PERS"],
      ["i:d:LOC"],
    ]);
    expect(await signalsWith("", labelled)).toEqual([["d:PERS"], ["d:ORG", "d:PERS"], ["d:LOC"]]);
    // "one": a word with two labels gives none.
    expect(await signalsWith("", labelled, "one")).toEqual([["d:PERS"], [], ["d:LOC"]]);
    expect(await signalsWith("d", labelled)).toEqual([[], [], []]);
  });

  it("drops only the groups it names", async () => {
    expect(await signalsWith("w", words)).toEqual([["cl:و"], [], ["sh:d"], ["cl:ب+ال"]]);
    expect(await signalsWith("cl,sh", words)).toEqual([[], ["w:بين"], [], []]);
  });
});
