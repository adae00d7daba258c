import { describe, expect, it } from "vitest";
import type { LabelledSentence } from "../../../ingest/ner/conll.js";
import type { Tag } from "../../../ingest/ner/tags.js";
import { unseenRecall, vocabulary } from "../../../ingest/ner/unseen.js";

const s = (text: string): LabelledSentence => {
  const pairs = text.split(" ").map((p) => p.split("/"));
  return { words: pairs.map(([w]) => w ?? ""), tags: pairs.map(([, t]) => (t ?? "O") as Tag) };
};

describe("unseenRecall", () => {
  // Training saw بغداد (as وبغداد): entities with a seen word are not "unseen".
  const train = [s("زار/O وبغداد/B-LOC أمس/O")];
  const gold = [s("التقى/O كريستوف/B-PERS لودر/I-PERS في/O بغداد/B-LOC ونيروبي/B-LOC")];

  it("counts only entities none of whose words occurred in training", () => {
    const predicted = [["O", "B-PERS", "I-PERS", "O", "B-LOC", "O"]];
    const rows = unseenRecall(gold, predicted, vocabulary(train));
    expect(rows.find((r) => r.kind === "PERS")).toEqual({ kind: "PERS", gold: 1, found: 1, recall: 1 });
    expect(rows.find((r) => r.kind === "LOC")).toEqual({ kind: "LOC", gold: 1, found: 0, recall: 0 });
  });

  it("needs the exact span and type", () => {
    const rows = unseenRecall(gold, [["O", "B-PERS", "O", "O", "O", "B-ORG"]], vocabulary(train));
    expect(rows.map((r) => r.found)).toEqual([0, 0, 0, 0]);
  });
});
