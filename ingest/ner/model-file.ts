import { z } from "zod";
import { InputError } from "../errors.js";
import type { CorpusLists } from "./dictionary.js";
import { WORD_TEMPLATES } from "./features.js";
import { compileTable, TEMPLATE_SIGNATURE, type CompiledTable } from "./feature-table.js";
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

function isRecordOf(value: unknown, ok: (x: unknown) => boolean): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every(ok);
}

// The model's word lists are checked by hand: zod's record and array parsers took 100 ms of load.
const stringRecord = z.custom<Record<string, string>>(
  (v) => isRecordOf(v, (x) => typeof x === "string"),
  "expected an object of strings",
);
const listRecord = z.custom<Record<string, string[]>>(
  (v) => isRecordOf(v, (x) => Array.isArray(x) && x.every((s) => typeof s === "string")),
  "expected an object of string lists",
);

const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  tags: z.array(z.string()),
  scale: z.number().positive(),
  training: trainingSchema,
  lexicon: z.object({
    triggers: listRecord,
    gazetteers: listRecord,
    triggersHash: z.string(),
    gazetteerHash: z.string(),
  }),
  /** `vocabulary`: the corpus's word keys joined by newlines (absent in older models). */
  corpus: z.object({ words: stringRecord, vocabulary: z.string().optional() }),
  /** Hash of the name-word and place lists (name-lists.ts) the model needs next to it, if any. */
  lists: z.string().nullable().optional(),
  /** Feature strings joined by newlines: one string parses far faster than 100k small ones. */
  features: z.string(),
  weights: z.string(),
  /**
   * The features sorted out for tagging (feature-table.ts compileTable), so that loading does not
   * redo it: word-template values joined by newlines, the (template, value, row) and (template,
   * value, value, row) numbers and each other prefix's rows as base64 32-bit integers. Absent in
   * older models, and set aside when the word templates changed since: then it is recomputed.
   */
  table: z
    .object({
      templates: z.string(),
      vocabulary: z.string(),
      unary: z.string(),
      pairs: z.string(),
      filed: stringRecord,
    })
    .optional(),
});

export interface LoadedModel {
  weights: Weights;
  corpus: CorpusLists;
  lexicon: LexiconSnapshot;
  training: TrainingInfo;
  listsHash: string | null;
  /** The FeatureTable's input, when the file has it for today's word templates. */
  table: CompiledTable | null;
}

function int32Base64(values: Int32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString("base64");
}

function base64Int32(text: string, source: string): Int32Array {
  const bytes = Buffer.from(text, "base64");
  if (bytes.byteLength % 4 !== 0) throw new InputError(`ner: model ${source} has a damaged table; retrain`);
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
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
  const table = compileTable(weights.index);
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
    table: {
      templates: TEMPLATE_SIGNATURE,
      vocabulary: table.vocabulary.join("\n"),
      unary: int32Base64(table.unary),
      pairs: int32Base64(table.pairs),
      filed: Object.fromEntries([...table.filed].map(([prefix, rows]) => [prefix, int32Base64(rows)])),
    },
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
    table: m.table?.templates === TEMPLATE_SIGNATURE ? readTable(m.table, features, source) : null,
  };
}

/** The stored table, checked against the features (every number in range); see CompiledTable. */
function readTable(
  stored: NonNullable<z.infer<typeof modelSchema>["table"]>,
  names: readonly string[],
  source: string,
): CompiledTable {
  const vocabulary = stored.vocabulary === "" ? [] : stored.vocabulary.split("\n");
  const unary = base64Int32(stored.unary, source);
  const pairs = base64Int32(stored.pairs, source);
  const filed = new Map(Object.entries(stored.filed).map(([p, rows]) => [p, base64Int32(rows, source)]));
  const row = (r: number | undefined): boolean => r !== undefined && r >= 0 && r < names.length;
  const value = (v: number | undefined): boolean => v !== undefined && v >= 0 && v < vocabulary.length;
  const words = (j: number | undefined): number => WORD_TEMPLATES[j ?? -1]?.slots.length ?? 0;
  let ok = unary.length % 3 === 0 && pairs.length % 4 === 0;
  for (let k = 0; ok && k < unary.length; k += 3) {
    ok = words(unary[k]) === 1 && value(unary[k + 1]) && row(unary[k + 2]);
  }
  for (let k = 0; ok && k < pairs.length; k += 4) {
    ok = words(pairs[k]) === 2 && value(pairs[k + 1]) && value(pairs[k + 2]) && row(pairs[k + 3]);
  }
  for (const rows of filed.values()) ok &&= rows.every((r) => row(r));
  if (!ok)
    throw new InputError(`ner: model ${source} has a damaged table; retrain with \`npm run train:ner\``);
  return { names, vocabulary, unary, pairs, filed };
}
