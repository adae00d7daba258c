import { z } from "zod";
import { InputError } from "../errors.js";
import type { CorpusLists } from "./dictionary.js";
import type { LexiconSnapshot } from "./lexicon.js";
import { TAGS } from "./tags.js";
import { Weights } from "./weights.js";

/**
 * The committed model file: JSON with the feature strings, the weights quantised to 16-bit
 * integers (base64, little-endian, one row of tags.length per feature), the lexicon snapshot
 * and corpus lists the features were computed with, and how it was trained.
 */
export const MODEL_FORMAT = "rawabit-ner-perceptron";
export const MODEL_VERSION = 1;

const trainingSchema = z.object({
  corpus: z.string(),
  sentences: z.number().int(),
  tokens: z.number().int(),
  epochs: z.number().int(),
  seed: z.number().int(),
  devF1: z.number().nullable(),
  trainedAt: z.string(),
  /** Extra corpora and their settings, e.g. "aqmar w0.5 misc=o; wojood w1". */
  extra: z.string().optional(),
});
export type TrainingInfo = z.infer<typeof trainingSchema>;

const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  tags: z.array(z.string()),
  scale: z.number().positive(),
  training: trainingSchema,
  lexicon: z.object({
    triggers: z.record(z.array(z.string())),
    gazetteers: z.record(z.array(z.string())),
    triggersHash: z.string(),
    gazetteerHash: z.string(),
  }),
  /** `vocabulary`: the corpus's word keys joined by newlines (absent in older models). */
  corpus: z.object({ words: z.record(z.string()), vocabulary: z.string().optional() }),
  /** Hash of the name-word and place lists (name-lists.ts) the model needs next to it, if any. */
  lists: z.string().nullable().optional(),
  /** Feature strings joined by newlines: one string parses far faster than 100k small ones. */
  features: z.string(),
  weights: z.string(),
});

export interface LoadedModel {
  weights: Weights;
  corpus: CorpusLists;
  lexicon: LexiconSnapshot;
  training: TrainingInfo;
  listsHash: string | null;
}

export function serializeModel(
  weights: Weights,
  lexicon: LexiconSnapshot,
  corpus: CorpusLists,
  training: TrainingInfo,
  listsHash: string | null = null,
): string {
  let max = 0;
  for (const v of weights.values) max = Math.max(max, Math.abs(v / weights.unit));
  const scale = max === 0 ? 1 : 32767 / max;
  const ints = new Int16Array(weights.values.length);
  weights.values.forEach((v, i) => (ints[i] = Math.round((v / weights.unit) * scale)));
  const features = [...weights.index.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
  if (features.some((f) => f.includes("\n"))) throw new Error("ner: a feature contains a newline");
  const body = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    tags: weights.tags,
    scale,
    training,
    lexicon,
    corpus: {
      words: Object.fromEntries([...corpus.words].map(([word, kinds]) => [word, kinds.join("|")])),
      vocabulary: [...corpus.vocabulary].sort().join("\n"),
    },
    lists: listsHash,
    features: features.join("\n"),
    weights: Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength).toString("base64"),
  };
  return JSON.stringify(body) + "\n";
}

export function parseModel(text: string, source: string): LoadedModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new InputError(`ner: model ${source} is not valid JSON; retrain with \`npm run train:ner\``, {
      cause: err,
    });
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) {
    throw new InputError(
      `ner: model ${source} is not a ${MODEL_FORMAT} v${MODEL_VERSION} file (${parsed.error.issues[0]?.message ?? "bad shape"}); retrain with \`npm run train:ner\``,
    );
  }
  const m = parsed.data;
  const features = m.features === "" ? [] : m.features.split("\n");
  if (m.tags.join(" ") !== TAGS.join(" ")) {
    throw new InputError(
      `ner: model ${source} has tags ${m.tags.join(",")}, expected ${TAGS.join(",")}; retrain`,
    );
  }
  const bytes = Buffer.from(m.weights, "base64");
  const ints = new Int16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  if (ints.length !== features.length * m.tags.length) {
    throw new InputError(
      `ner: model ${source} has ${ints.length} weights for ${features.length} features; retrain`,
    );
  }
  const index = new Map<string, number>();
  features.forEach((f, i) => index.set(f, i));
  const words = new Map(Object.entries(m.corpus.words).map(([word, kinds]) => [word, kinds.split("|")]));
  return {
    weights: new Weights(m.tags, index, ints, m.scale),
    corpus: { words, vocabulary: new Set(m.corpus.vocabulary ? m.corpus.vocabulary.split("\n") : []) },
    lexicon: m.lexicon,
    training: m.training,
    listsHash: m.lists ?? null,
  };
}
