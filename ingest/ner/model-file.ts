import { z } from "zod";
import { InputError } from "../errors.js";
import type { CorpusLists } from "./dictionary.js";
import { WORD_TEMPLATES } from "./features.js";
import { compileTable, TEMPLATE_SIGNATURE, type CompiledTable } from "./feature-table.js";
import type { LexiconSnapshot } from "./lexicon.js";
import { TAGS } from "./tags.js";
import { PackedIndex } from "./packed-index.js";
import { Weights } from "./weights.js";

/**
 * The committed model file, binary: "RNER", the format version and the header's length (32-bit
 * little-endian), a JSON header (tags, quantisation scale, how it was trained, the lexicon
 * snapshot and corpus lists the features were computed with, and where each section lies), then
 * the sections as raw little-endian arrays: the feature names packed with their hash table
 * (packed-index.ts), the weights quantised to 16-bit integers (one row of tags.length per
 * feature) and the feature table compiled for tagging (feature-table.ts). Loading reads views
 * of the file instead of parsing 7 MB of JSON and base64 and building a Map of every feature
 * (v1, which took most of the model's 290 ms load).
 */
export const MODEL_FORMAT = "rawabit-ner-perceptron";
export const MODEL_VERSION = 2;
const MAGIC = "RNER";

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

/** The sections after the header, in file order, and the array each holds. */
const SECTIONS = {
  /** Feature names, each followed by "\n" (UTF-8). */
  names: "text",
  /** Where each name starts in the decoded names, and their end (PackedIndex). */
  starts: "int32",
  /** PackedIndex's hash table. */
  slots: "int32",
  weights: "int16",
  /** The compiled table (CompiledTable): word-template values joined by "\n" (UTF-8), … */
  vocabulary: "text",
  /** … (template, value, row) triples, (template, value, value, row) quadruples, … */
  unary: "int32",
  pairs: "int32",
  /** … and the rows of each filed prefix, one after the other (counts in the header). */
  filed: "int32",
  /** The training corpus's word keys joined by "\n" (UTF-8). */
  corpusVocabulary: "text",
} as const;
type SectionName = keyof typeof SECTIONS;
const SECTION_NAMES = Object.keys(SECTIONS) as SectionName[];

const headerSchema = z.object({
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
  /** The corpus's word key → entity kinds joined by "|". */
  corpusWords: stringRecord,
  /** Hash of the name-word and place lists (name-lists.ts) the model needs next to it, if any. */
  lists: z.string().nullable(),
  /** The word templates the table was compiled for (TEMPLATE_SIGNATURE); else it is recompiled. */
  templates: z.string(),
  /** Each filed prefix and how many rows of the filed section are its. */
  filed: z.array(z.tuple([z.string(), z.number().int().nonnegative()])),
  /** Section → its length in bytes (they follow the header in SECTIONS order, see layout()). */
  sections: z.object(
    Object.fromEntries(SECTION_NAMES.map((name) => [name, z.number().int().nonnegative()])) as Record<
      SectionName,
      z.ZodNumber
    >,
  ),
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

function badModel(source: string, why: string): InputError {
  return new InputError(
    `ner: model ${source} is not a ${MODEL_FORMAT} v${MODEL_VERSION} file (${why}); retrain with \`npm run train:ner\``,
  );
}

/** Little-endian bytes of a typed array (the machine's order, checked on load). */
function bytesOf(values: Int32Array | Int16Array): Uint8Array {
  return new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export function serializeModel(
  weights: Weights,
  lexicon: LexiconSnapshot,
  corpus: CorpusLists,
  training: TrainingInfo,
  listsHash: string | null = null,
): Buffer {
  let max = 0;
  for (const v of weights.values) max = Math.max(max, Math.abs(v / weights.unit));
  const scale = max === 0 ? 1 : 32767 / max;
  const ints = new Int16Array(weights.values.length);
  weights.values.forEach((v, i) => (ints[i] = Math.round((v / weights.unit) * scale)));
  const features = [...weights.index.entries()].sort((a, b) => a[1] - b[1]).map(([f]) => f);
  if (features.some((f) => f.includes("\n"))) throw new Error("ner: a feature contains a newline");
  const packed = PackedIndex.pack(features);
  const table = compileTable(weights.index);
  const filed = [...table.filed];
  const body: Record<SectionName, Uint8Array> = {
    names: Buffer.from(packed.text, "utf8"),
    starts: bytesOf(packed.starts),
    slots: bytesOf(packed.slots),
    weights: bytesOf(ints),
    vocabulary: Buffer.from(table.vocabulary.join("\n"), "utf8"),
    unary: bytesOf(table.unary),
    pairs: bytesOf(table.pairs),
    filed: bytesOf(Int32Array.from(filed.flatMap(([, rows]) => [...rows]))),
    corpusVocabulary: Buffer.from([...corpus.vocabulary].sort().join("\n"), "utf8"),
  };
  const head = Buffer.from(
    JSON.stringify({
      format: MODEL_FORMAT,
      version: MODEL_VERSION,
      tags: weights.tags,
      scale,
      training,
      lexicon,
      corpusWords: Object.fromEntries([...corpus.words].map(([word, kinds]) => [word, kinds.join("|")])),
      lists: listsHash,
      templates: TEMPLATE_SIGNATURE,
      filed: filed.map(([prefix, rows]) => [prefix, rows.length]),
      sections: Object.fromEntries(SECTION_NAMES.map((name) => [name, body[name].length])),
    }),
    "utf8",
  );
  const offsets = layout(
    head.length,
    SECTION_NAMES.map((name) => body[name].length),
  );
  const at = align((offsets.at(-1) ?? 0) + body.corpusVocabulary.length);
  const out = Buffer.alloc(at);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(MODEL_VERSION, 4);
  out.writeUInt32LE(head.length, 8);
  out.set(head, 12);
  SECTION_NAMES.forEach((name, k) => out.set(body[name], offsets[k] ?? 0));
  return out;
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Where each section starts: one after the other after the header, each at a multiple of 8. */
function layout(headerLength: number, lengths: readonly number[]): number[] {
  let at = align(12 + headerLength);
  return lengths.map((length) => {
    const start = at;
    at = align(at + length);
    return start;
  });
}

/** A typed-array view of a section (a copy when the bytes are not aligned for it). */
function section<T extends Int32Array | Int16Array>(
  bytes: Uint8Array,
  [offset, length]: [number, number],
  Kind: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
  source: string,
): T {
  const width = Kind.BYTES_PER_ELEMENT;
  if (length % width !== 0) throw badModel(source, "a section's length does not fit its values");
  const start = bytes.byteOffset + offset;
  if (start % width === 0) return new Kind(bytes.buffer, start, length / width);
  const copy = bytes.slice(offset, offset + length);
  return new Kind(copy.buffer, 0, length / width);
}

export function parseModel(bytes: Uint8Array, source: string): LoadedModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== MAGIC) throw badModel(source, "no RNER header");
  if (buf.readUInt32LE(4) !== MODEL_VERSION) throw badModel(source, `version ${buf.readUInt32LE(4)}`);
  if (!LITTLE_ENDIAN) throw new InputError("ner: the model file needs a little-endian machine");
  const headerEnd = 12 + buf.readUInt32LE(8);
  if (headerEnd > buf.length) throw badModel(source, "cut short");
  let raw: unknown;
  try {
    raw = JSON.parse(buf.toString("utf8", 12, headerEnd));
  } catch {
    throw badModel(source, "its header is not valid JSON");
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw badModel(source, parsed.error.issues[0]?.message ?? "bad header");
  const m = parsed.data;
  const offsets = layout(
    headerEnd - 12,
    SECTION_NAMES.map((name) => m.sections[name]),
  );
  const spans = new Map(
    SECTION_NAMES.map((name, k): [SectionName, [number, number]] => [
      name,
      [offsets[k] ?? 0, m.sections[name]],
    ]),
  );
  const last = spans.get("corpusVocabulary") ?? [0, 0];
  if (last[0] + last[1] > buf.length) throw badModel(source, "cut short");
  const at = (name: SectionName): [number, number] => spans.get(name) ?? [0, 0];
  const text = (name: SectionName): string => {
    const [offset, length] = at(name);
    return buf.toString("utf8", offset, offset + length);
  };
  if (m.tags.join(" ") !== TAGS.join(" ")) {
    throw new InputError(
      `ner: model ${source} has tags ${m.tags.join(",")}, expected ${TAGS.join(",")}; retrain`,
    );
  }
  const names = text("names");
  const starts = section(buf, at("starts"), Int32Array, source);
  const slots = section(buf, at("slots"), Int32Array, source);
  if (!PackedIndex.valid(names, starts, slots)) throw badModel(source, "its feature names are damaged");
  const index = new PackedIndex(names, starts, slots);
  const ints = section(buf, at("weights"), Int16Array, source);
  if (ints.length !== index.size * m.tags.length) {
    throw new InputError(
      `ner: model ${source} has ${ints.length} weights for ${index.size} features; retrain`,
    );
  }
  const words = new Map(Object.entries(m.corpusWords).map(([word, kinds]) => [word, kinds.split("|")]));
  const vocabulary = text("corpusVocabulary");
  return {
    weights: new Weights(m.tags, index, ints, m.scale),
    corpus: { words, vocabulary: new Set(vocabulary ? vocabulary.split("\n") : []) },
    lexicon: m.lexicon,
    training: m.training,
    listsHash: m.lists,
    table:
      m.templates === TEMPLATE_SIGNATURE
        ? readTable(m.filed, text("vocabulary"), at, buf, index, source)
        : null,
  };
}

/** The stored table, checked against the features (every number in range); see CompiledTable. */
function readTable(
  filedCounts: readonly [string, number][],
  vocabText: string,
  at: (name: SectionName) => [number, number],
  buf: Buffer,
  names: PackedIndex,
  source: string,
): CompiledTable {
  const vocabulary = vocabText === "" ? [] : vocabText.split("\n");
  const unary = section(buf, at("unary"), Int32Array, source);
  const pairs = section(buf, at("pairs"), Int32Array, source);
  const allFiled = section(buf, at("filed"), Int32Array, source);
  const filed = new Map<string, Int32Array>();
  let from = 0;
  for (const [prefix, count] of filedCounts) {
    filed.set(prefix, allFiled.subarray(from, from + count));
    from += count;
  }
  const n = names.size;
  const nv = vocabulary.length;
  const damaged = () => badModel(source, "its feature table is damaged");
  if (from !== allFiled.length || unary.length % 3 !== 0 || pairs.length % 4 !== 0) throw damaged();
  const words = WORD_TEMPLATES.map((t) => t.slots.length);
  for (let k = 0; k < unary.length; k += 3) {
    const v = unary[k + 1] ?? -1;
    const r = unary[k + 2] ?? -1;
    if (words[unary[k] ?? -1] !== 1 || v < 0 || v >= nv || r < 0 || r >= n) throw damaged();
  }
  for (let k = 0; k < pairs.length; k += 4) {
    const a = pairs[k + 1] ?? -1;
    const b = pairs[k + 2] ?? -1;
    const r = pairs[k + 3] ?? -1;
    if (words[pairs[k] ?? -1] !== 2 || a < 0 || a >= nv || b < 0 || b >= nv || r < 0 || r >= n)
      throw damaged();
  }
  for (const r of allFiled) if (r < 0 || r >= n) throw damaged();
  return { names, vocabulary, unary, pairs, filed };
}
