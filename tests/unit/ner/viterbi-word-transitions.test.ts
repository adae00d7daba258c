import { afterEach, describe, expect, it } from "vitest";
import { analyzeSentence, INSIDE_ONLY, transitionSignals } from "../../../ingest/ner/features.js";
import { LexiconIndex } from "../../../ingest/ner/lookup.js";
import { isAllowedAfter, TAGS } from "../../../ingest/ner/tags.js";
import {
  decodeViterbi,
  hasWordTransitions,
  transitionFeature,
  wordTransitionFeature,
} from "../../../ingest/ner/viterbi.js";
import { Weights, type Scorer } from "../../../ingest/ner/weights.js";
import { seededRandom } from "../../../ingest/random.js";

const empty = { triggers: {}, gazetteers: {}, triggersHash: "t", gazetteerHash: "g" };
const lexicon = new LexiconIndex(empty);
const n = TAGS.length;

describe("transitionSignals", () => {
  it("names a word's proclitics, a function word and a non-Arabic shape", () => {
    const tokens = analyzeSentence(["وسافر", "سمير", "في", "2019", "إلى", "بالمدينة"], lexicon);
    const signals = tokens.map((t) => transitionSignals(t));
    expect(signals[0]).toEqual(["cl:و"]);
    expect(signals[1]).toEqual([]);
    expect(signals[2]).toEqual(["w:في"]);
    expect(signals[3]).toEqual(["sh:d"]);
    expect(signals[4]).toHaveLength(1);
    expect(signals[4]?.[0]).toMatch(/^w:/);
    expect(signals[5]).toEqual(["cl:ب+ال"]);
  });
});

describe("inside-only transition signals", () => {
  it("have rows after an entity tag only, never at a name's start", () => {
    const bPers = TAGS.indexOf("B-PERS");
    const iOrg = TAGS.indexOf("I-ORG");
    const o = TAGS.indexOf("O");
    expect(wordTransitionFeature(TAGS, INSIDE_ONLY + "d:PERS", -1)).toBeNull();
    expect(wordTransitionFeature(TAGS, INSIDE_ONLY + "d:PERS", o)).toBeNull();
    expect(wordTransitionFeature(TAGS, INSIDE_ONLY + "d:PERS", bPers)).toBe("tx=i:d:PERS|B-PERS");
    expect(wordTransitionFeature(TAGS, INSIDE_ONLY + "d:PERS", iOrg)).toBe("tx=i:d:PERS|I-ORG");
    // Other signals keep their rows everywhere.
    expect(wordTransitionFeature(TAGS, "d:PERS", o)).toBe("tx=d:PERS|O");
    expect(wordTransitionFeature(TAGS, "cl:و", -1)).toBe("tx=cl:و|<s>");
  });
});

describe("Viterbi with word-conditioned transitions", () => {
  const before = process.env.NER_TX;
  afterEach(() => {
    if (before === undefined) delete process.env.NER_TX;
    else process.env.NER_TX = before;
  });

  it("finds the best path and the max-marginal margins that enumeration finds", () => {
    process.env.NER_TX = "1";
    const words = ["وقال", "خالد", "في", "والرياض", "2020"];
    const tokens = analyzeSentence(words, lexicon);
    const signals = tokens.map((t) => transitionSignals(t));
    for (const seed of [1, 2, 3, 4]) {
      const random = seededRandom(seed);
      const table = new Map<string, Float64Array>();
      const row = () => Float64Array.from({ length: n }, () => Math.round((random() - 0.5) * 20));
      for (const w of words) table.set("w=" + w, row());
      for (let p = -1; p < n; p++) {
        table.set(transitionFeature(TAGS, p), row());
        for (const s of signals.flat()) table.set(wordTransitionFeature(TAGS, s, p) ?? "", row());
      }
      const scorer: Scorer = {
        tags: TAGS,
        addScores: (features, scores) => {
          for (const f of features) {
            const r = table.get(f);
            if (r) for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (r[t] ?? 0);
          }
        },
      };
      const paths: { path: number[]; score: number }[] = [];
      const walk = (path: number[], score: number) => {
        const i = path.length;
        if (i === words.length) {
          paths.push({ path: [...path], score });
          return;
        }
        const p = i > 0 ? (path[i - 1] ?? 0) : -1;
        for (let t = 0; t < n; t++) {
          if (!isAllowedAfter(p < 0 ? "O" : (TAGS[p] ?? "O"), TAGS[t] ?? "O")) continue;
          let s = (table.get("w=" + words[i])?.[t] ?? 0) + (table.get(transitionFeature(TAGS, p))?.[t] ?? 0);
          for (const sig of signals[i] ?? [])
            s += table.get(wordTransitionFeature(TAGS, sig, p) ?? "")?.[t] ?? 0;
          path.push(t);
          walk(path, score + s);
          path.pop();
        }
      };
      walk([], 0);
      const best = paths.reduce((a, b) => (b.score > a.score ? b : a));
      const decisions = decodeViterbi(tokens, scorer);
      const found = decisions.map((d) => d.tag);
      expect(paths.find((p) => p.path.join() === found.join())?.score).toBe(best.score);
      decisions.forEach((d, i) => {
        const other = Math.max(...paths.filter((p) => p.path[i] !== d.tag).map((p) => p.score));
        expect(d.margin).toBeCloseTo(best.score - other, 6);
      });
    }
  });

  it("reads them from a loaded model only when it has them", () => {
    const index = new Map([[transitionFeature(TAGS, -1), 0]]);
    const plain = new Weights(TAGS, index, new Float32Array(n));
    expect(hasWordTransitions(plain)).toBe(false);
    const withTx = new Weights(
      TAGS,
      new Map([[wordTransitionFeature(TAGS, "cl:و", 1) ?? "", 0]]),
      new Float32Array(n),
    );
    expect(hasWordTransitions(withTx)).toBe(true);
    // A scorer in training reads them only when asked.
    const training = { tags: TAGS, addScores: () => undefined };
    delete process.env.NER_TX;
    expect(hasWordTransitions(training)).toBe(false);
    process.env.NER_TX = "1";
    expect(hasWordTransitions(training)).toBe(true);
  });

  it("a word's signal can forbid continuing a name across it", () => {
    // Without the signal I-PERS wins after B-PERS; "tx=w:في|B-PERS" turns the word to O.
    process.env.NER_TX = "1";
    const words = ["خالد", "في"];
    const tokens = analyzeSentence(words, lexicon);
    const bPers = TAGS.indexOf("B-PERS");
    const iPers = TAGS.indexOf("I-PERS");
    const o = TAGS.indexOf("O");
    const rows = new Map<string, Float64Array>();
    const r = (pairs: [number, number][]) => {
      const a = new Float64Array(n);
      for (const [t, v] of pairs) a[t] = v;
      return a;
    };
    rows.set("w=خالد", r([[bPers, 5]]));
    rows.set(transitionFeature(TAGS, bPers), r([[iPers, 3]]));
    const scorer: Scorer = {
      tags: TAGS,
      addScores: (features, scores) => {
        for (const f of features) {
          const row = rows.get(f);
          if (row) for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (row[t] ?? 0);
        }
      },
    };
    expect(decodeViterbi(tokens, scorer).map((d) => TAGS[d.tag])).toEqual(["B-PERS", "I-PERS"]);
    rows.set(wordTransitionFeature(TAGS, "w:في", bPers) ?? "", r([[iPers, -4]]));
    expect(decodeViterbi(tokens, scorer).map((d) => TAGS[d.tag])).toEqual(["B-PERS", "O"]);
    expect(o).toBeGreaterThanOrEqual(0);
  });
});
