import { analyzeClitics } from "./clitics.js";
import type { LabelledSentence } from "./conll.js";
import { spansOf } from "./evaluate.js";
import type { Tag } from "./tags.js";
import type { TrainSentence } from "./train.js";

/**
 * Extra training corpora next to ANERcorp, brought to its conventions. Each differs from
 * ANERcorp in what a class covers, so each difference is a switch the training script measures:
 * - AQMAR (Wikipedia) tags chemical elements, theories, software… as MISC: keep them, drop
 *   them to O, or keep them at a lower update weight;
 * - AQMAR tags peoples (الصليبيين، الفرنسيون) as PERS, ANERcorp leaves them O;
 * - Wojood tags a country acting as an agent as ORG (روسيا B-ORG), ANERcorp always LOC.
 */
export interface ExtraOptions {
  /** Update weight of every word of the corpus (1 = as much as ANERcorp). */
  weight: number;
  /** MISC: "keep", "o" (retag as O), or a weight multiplier for MISC words. */
  misc: "keep" | "o" | number;
  /** Single-word PERS spans that name a people (plural nisba): keep or retag as O. */
  peoplesToO: boolean;
  /** ORG spans that are exactly a country name: retag as LOC. */
  countryOrgToLoc: boolean;
}

export const DEFAULT_EXTRA: ExtraOptions = {
  weight: 1,
  misc: "keep",
  peoplesToO: false,
  countryOrgToLoc: false,
};

/** Plural nisba, the form a people takes: الفرنسيون، الصليبيين، للعلويين. */
const PEOPLE = /ي(ين|ون)$/;

function retag(tags: Tag[], start: number, end: number, kind: string | null): void {
  for (let i = start; i < end; i++) {
    tags[i] = (kind === null ? "O" : `${i === start ? "B" : "I"}-${kind}`) as Tag;
  }
}

export function prepareExtra(
  sentences: readonly LabelledSentence[],
  options: ExtraOptions,
  isCountry: (spanKey: string) => boolean = () => false,
): TrainSentence[] {
  return sentences.map((s) => {
    const tags = [...s.tags];
    for (const span of spansOf(s.tags)) {
      const words = s.words.slice(span.start, span.end);
      const cores = words.map((w) => analyzeClitics(w).core);
      if (options.misc === "o" && span.kind === "MISC") retag(tags, span.start, span.end, null);
      if (options.peoplesToO && span.kind === "PERS" && cores.length === 1 && PEOPLE.test(cores[0] ?? "")) {
        retag(tags, span.start, span.end, null);
      }
      if (options.countryOrgToLoc && span.kind === "ORG" && isCountry(cores.join(" "))) {
        retag(tags, span.start, span.end, "LOC");
      }
    }
    const miscWeight = typeof options.misc === "number" ? options.misc : 1;
    const weights = tags.map((t) => options.weight * (t.endsWith("MISC") ? miscWeight : 1));
    return { words: s.words, tags, weights };
  });
}
