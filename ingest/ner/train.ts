import type { LabelledSentence } from "./conll.js";
import { evaluate, type Evaluation } from "./evaluate.js";
import { analyzeSentence, staticFeatures, transitionSignals } from "./features.js";
import type { LexiconIndex } from "./lookup.js";
import { CorpusKnowledge, learnLists, type CorpusLists } from "./dictionary.js";
import { DocumentMemory } from "./memory.js";
import { AveragedPerceptron } from "./perceptron.js";
import { TAGS } from "./tags.js";
import {
  decodeViterbi,
  hasWordTransitions,
  isSecondOrder,
  transition2Feature,
  transitionFeature,
  wordTransitionFeature,
} from "./viterbi.js";
import type { Scorer, Weights } from "./weights.js";
import { seededRandom, shuffleInPlace } from "../random.js";

/** Sentences per shuffled block (roughly a few articles). */
const BLOCK = 40;
/** Folds for the jackknifed word dictionary. */
const FOLDS = 5;

/**
 * A training sentence; `weights[i]` scales the update at word i (default 1), so a corpus or one
 * of its classes can count for less than ANERcorp (see ingest/ner/corpora.ts).
 */
export type TrainSentence = LabelledSentence & { weights?: readonly number[] };

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights at or below this magnitude are dropped from the model. */
  minAbs: number;
  /** With dev sentences: keep the best epoch on them ("best", default) or the last one ("last"). */
  keep?: "best" | "last";
  onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  epoch: number;
  ms: number;
  features: number;
  dev: Evaluation | null;
}

export interface TrainResult {
  weights: Weights;
  /** The epoch whose averaged weights were kept (best dev F1, or the last without dev). */
  epoch: number;
  dev: Evaluation | null;
  /** Lists learnt from the whole training set, used when tagging. */
  corpus: CorpusLists;
}

/** Tags one sentence; with `memory`, reads and then extends the document memory. */
export function tagWords(
  words: readonly string[],
  scorer: Scorer,
  lexicon: LexiconIndex,
  memory?: DocumentMemory,
  corpus?: CorpusKnowledge,
): string[] {
  const tokens = analyzeSentence(words, lexicon, memory, corpus);
  const decisions = decodeViterbi(tokens, scorer, undefined, false);
  const tags = decisions.map((d) => scorer.tags[d.tag] ?? "O");
  memory?.record(
    tokens.map((t) => t.core),
    tags,
  );
  return tags;
}

/** Tags the sentences in order, as one running document. */
export function predictOn(
  sentences: readonly LabelledSentence[],
  scorer: Scorer,
  lexicon: LexiconIndex,
  corpus?: CorpusKnowledge,
): string[][] {
  const memory = new DocumentMemory();
  return sentences.map((s) => tagWords(s.words, scorer, lexicon, memory, corpus));
}

/** Tags the sentences in order, as one running document, and scores them against their gold tags. */
export function evaluateOn(
  sentences: readonly LabelledSentence[],
  scorer: Scorer,
  lexicon: LexiconIndex,
  corpus?: CorpusKnowledge,
): Evaluation {
  return evaluate(
    sentences.map((s) => s.tags),
    predictOn(sentences, scorer, lexicon, corpus),
  );
}

/**
 * Collins' structured perceptron step: where the best path differs from the gold one, reward
 * the gold tag's word features and transition and penalise the predicted ones.
 */
function structuredUpdate(
  model: AveragedPerceptron,
  tokens: ReturnType<typeof analyzeSentence>,
  gold: readonly number[],
  predicted: readonly number[],
  weights?: readonly number[],
): void {
  model.tick();
  const order2 = isSecondOrder(model);
  const wordConditioned = hasWordTransitions(model);
  for (let i = 0; i < gold.length; i++) {
    const w = weights?.[i] ?? 1;
    const g = gold[i] ?? 0;
    const p = predicted[i] ?? 0;
    const gp = i > 0 ? (gold[i - 1] ?? 0) : -1;
    const pp = i > 0 ? (predicted[i - 1] ?? 0) : -1;
    if (g !== p) {
      const features = staticFeatures(tokens, i);
      model.adjust(features, g, w);
      model.adjust(features, p, -w);
    }
    if (g !== p || gp !== pp) {
      model.adjust([transitionFeature(TAGS, gp)], g, w);
      model.adjust([transitionFeature(TAGS, pp)], p, -w);
      if (wordConditioned) {
        const signals = transitionSignals(tokens[i] as (typeof tokens)[number]);
        model.adjust(
          signals.flatMap((s) => wordTransitionFeature(TAGS, s, gp) ?? []),
          g,
          w,
        );
        model.adjust(
          signals.flatMap((s) => wordTransitionFeature(TAGS, s, pp) ?? []),
          p,
          -w,
        );
      }
    }
    if (order2) {
      const gpp = i > 1 ? (gold[i - 2] ?? 0) : -1;
      const ppp = i > 1 ? (predicted[i - 2] ?? 0) : -1;
      if (g !== p || gp !== pp || gpp !== ppp) {
        model.adjust([transition2Feature(TAGS, gpp, gp)], g, w);
        model.adjust([transition2Feature(TAGS, ppp, pp)], p, -w);
      }
    }
  }
}

/**
 * Trains the averaged structured perceptron on `train` with Viterbi decoding; the document
 * memory is fed its own predictions (what it will see when tagging). With `dev`, keeps the epoch with the best dev F1.
 */
export function trainTagger(
  train: readonly TrainSentence[],
  dev: readonly LabelledSentence[] | null,
  lexicon: LexiconIndex,
  options: TrainOptions,
): TrainResult {
  const model = new AveragedPerceptron(TAGS);
  const tagIndex = new Map<string, number>(TAGS.map((t, i) => [t, i]));
  // The document memory needs sentences in their running order: shuffle blocks, not sentences.
  const blocks: TrainSentence[][] = [];
  for (let i = 0; i < train.length; i += BLOCK) blocks.push(train.slice(i, i + BLOCK));
  const corpus = new CorpusKnowledge(learnLists(train));
  // Block b is tagged with the dictionary of the other folds (jackknifing), as unseen text would be.
  const foldOf = new Map(blocks.map((b, i) => [b, i % FOLDS]));
  const foldKnowledge = [...Array(FOLDS).keys()].map(
    (k) => new CorpusKnowledge(learnLists(blocks.filter((_, i) => i % FOLDS !== k).flat())),
  );
  const memory = new DocumentMemory();
  const random = seededRandom(options.seed);
  let best: TrainResult | null = null;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const started = performance.now();
    shuffleInPlace(blocks, random);
    for (const block of blocks) {
      memory.clear();
      for (const s of block) {
        const tokens = analyzeSentence(s.words, lexicon, memory, foldKnowledge[foldOf.get(block) ?? 0]);
        const predicted = decodeViterbi(tokens, model, undefined, false).map((d) => d.tag);
        const gold = s.tags.map((t) => tagIndex.get(t) ?? 0);
        structuredUpdate(model, tokens, gold, predicted, s.weights);
        const tags = predicted.map((t) => TAGS[t] ?? "O");
        memory.record(
          tokens.map((t) => t.core),
          tags,
        );
      }
    }
    const weights = model.averaged(options.minAbs);
    const devEval = dev ? evaluateOn(dev, weights, lexicon, corpus) : null;
    options.onEpoch?.({ epoch, ms: performance.now() - started, features: weights.index.size, dev: devEval });
    const better =
      !best || !devEval || options.keep === "last" || devEval.overall.f1 > (best.dev?.overall.f1 ?? -1);
    if (better) best = { weights, epoch, dev: devEval, corpus: corpus.lists };
  }
  if (!best) throw new Error("ner: trainTagger needs at least one epoch");
  return best;
}
