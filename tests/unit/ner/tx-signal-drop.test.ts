import { afterEach, describe, expect, it, vi } from "vitest";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };

/** Each word's transition signals, from a freshly loaded features.ts under NER_TX_DROP=`drop`. */
async function signalsWith(drop: string, words: string[]): Promise<string[][]> {
  vi.resetModules();
  vi.stubEnv("NER_TX_DROP", drop);
  const features = await import("../../../ingest/ner/features.js");
  const { LexiconIndex } = await import("../../../ingest/ner/lookup.js");
  const tokens = features.analyzeSentence(words, new LexiconIndex(empty));
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

  it("drops only the groups it names", async () => {
    expect(await signalsWith("w", words)).toEqual([["cl:و"], [], ["sh:d"], ["cl:ب+ال"]]);
    expect(await signalsWith("cl,sh", words)).toEqual([[], ["w:بين"], [], []]);
  });
});
