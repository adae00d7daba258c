import { afterEach, describe, expect, it, vi } from "vitest";
import type { LexiconSnapshot } from "../../../ingest/ner/lexicon.js";

const snapshot: LexiconSnapshot = {
  triggers: { title: ["رئيس", "وزير"] },
  gazetteers: { LOC: ["باريس"] },
  triggersHash: "t",
  gazetteerHash: "g",
};

/** The features of word i, computed by a freshly loaded features.ts under NER_CONJ_DROP=`drop`. */
async function featuresWith(drop: string, sentence: string, i: number): Promise<string[]> {
  vi.resetModules();
  vi.stubEnv("NER_CONJ", "1");
  vi.stubEnv("NER_CONJ_DROP", drop);
  const features = await import("../../../ingest/ner/features.js");
  const { LexiconIndex } = await import("../../../ingest/ner/lookup.js");
  const tokens = features.analyzeSentence(sentence.split(" "), new LexiconIndex(snapshot));
  return features.staticFeatures(tokens, i);
}

const groups = (f: string[]) => ({
  nc: f.some((x) => x.startsWith("nc=")),
  al: f.some((x) => /^al[tg]/.test(x)),
});

describe("NER_CONJ_DROP (measuring switch)", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  const sentence = "قال الوزير خالد بن سعد في باريس";

  it("keeps every conjunction group by default", async () => {
    expect(groups(await featuresWith("", sentence, 2))).toEqual({ nc: true, al: true });
  });

  it("drops only the groups it names", async () => {
    expect(groups(await featuresWith("nc", sentence, 2))).toEqual({ nc: false, al: true });
    expect(groups(await featuresWith("al", sentence, 2))).toEqual({ nc: true, al: false });
    expect(groups(await featuresWith("nc,al", sentence, 2))).toEqual({ nc: false, al: false });
  });
});
