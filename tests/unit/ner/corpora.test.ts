import { describe, expect, it } from "vitest";
import type { LabelledSentence } from "../../../ingest/ner/conll.js";
import { DEFAULT_EXTRA, prepareExtra } from "../../../ingest/ner/corpora.js";
import type { Tag } from "../../../ingest/ner/tags.js";

// Sentences written for this test in the AQMAR / Wojood conventions.
const s = (text: string): LabelledSentence => {
  const pairs = text.split(" ").map((p) => p.split("/"));
  return { words: pairs.map(([w]) => w ?? ""), tags: pairs.map(([, t]) => (t ?? "O") as Tag) };
};
const wiki = s("واكتشف/O العلماء/O عنصر/O الهيليوم/B-MISC وهاجم/O الصليبيون/B-PERS مدينة/O عكا/B-LOC");
const news = s("وأعلنت/O روسيا/B-ORG ووزارة/B-ORG الخارجية/I-ORG موقفها/O");
const isCountry = (key: string) => key === "روسيا";

describe("prepareExtra", () => {
  it.each([
    ["keeps the corpus as it is by default", DEFAULT_EXTRA, wiki, wiki.tags, [1, 1, 1, 1, 1, 1, 1, 1]],
    [
      "retags MISC as O",
      { ...DEFAULT_EXTRA, misc: "o" as const },
      wiki,
      ["O", "O", "O", "O", "O", "B-PERS", "O", "B-LOC"],
      [1, 1, 1, 1, 1, 1, 1, 1],
    ],
    [
      "down-weights MISC words and the whole corpus",
      { ...DEFAULT_EXTRA, weight: 0.5, misc: 0.2 },
      wiki,
      wiki.tags,
      [0.5, 0.5, 0.5, 0.1, 0.5, 0.5, 0.5, 0.5],
    ],
    [
      "retags a people as O",
      { ...DEFAULT_EXTRA, peoplesToO: true },
      wiki,
      ["O", "O", "O", "B-MISC", "O", "O", "O", "B-LOC"],
      [1, 1, 1, 1, 1, 1, 1, 1],
    ],
    [
      "retags a country acting as an agent as LOC, not other ORG",
      { ...DEFAULT_EXTRA, countryOrgToLoc: true },
      news,
      ["O", "B-LOC", "B-ORG", "I-ORG", "O"],
      [1, 1, 1, 1, 1],
    ],
  ])("%s", (_, options, sentence, tags, weights) => {
    const [out] = prepareExtra([sentence], options, isCountry);
    expect(out?.tags).toEqual(tags);
    expect(out?.weights).toEqual(weights);
    expect(out?.words).toEqual(sentence.words);
  });
});
