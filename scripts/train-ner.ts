/**
 * Trains the NER tagger:
 * `npm run train:ner -- [corpus.conll] [--epochs N] [--seed N] [--split-only] [--out model.json]
 *  [--gazetteers DIR]` (DIR defaults to ingest/lexicon; an empty folder trains without gazetteers).
 * Carves the last 10% of sentences as dev (contiguous: articles do not leak across the cut).
 * 1. chooses the number of epochs (≤ --epochs) on a tuning slice, the last 10% of the training
 *    part, so no choice ever looks at dev; 2. trains on the training part for that many epochs
 *    and reports dev scores (an honest estimate); 3. unless --split-only, retrains on the whole
 *    file and writes ingest/ner/model/anercorp-perceptron.json.
 * Deterministic: same corpus, lists, seed → same weights.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT_DIR } from "../ingest/config.js";
import { InputError } from "../ingest/errors.js";
import { parseLabelled } from "../ingest/ner/conll.js";
import { formatEvaluation } from "../ingest/ner/evaluate.js";
import { GAZETTEER_DIR, readLexicon, TRIGGERS_FILE } from "../ingest/ner/lexicon.js";
import { MODEL_FILE } from "../ingest/ner/loader.js";
import { LexiconIndex } from "../ingest/ner/lookup.js";
import { serializeModel } from "../ingest/ner/model-file.js";
import { trainTagger, type EpochReport } from "../ingest/ner/train.js";

const DEFAULT_CORPUS = path.resolve(ROOT_DIR, "..", "shared", "data", "anercorp", "train.conll");
const DEV_FRACTION = 0.1;
/** Averaged weights this small change no decision; dropping them keeps the file small. */
const MIN_ABS = 0.05;

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new InputError(`train:ner: --${name} must be a positive integer (got "${raw}")`);
  return n;
}

function logEpoch(r: EpochReport): void {
  const f1 = r.dev ? `dev F1 ${r.dev.overall.f1.toFixed(4)}` : "no dev";
  console.log(
    `epoch ${String(r.epoch).padStart(2)}  ${f1}  ${r.features} features  ${(r.ms / 1000).toFixed(1)} s`,
  );
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        epochs: { type: "string", default: "16" },
        seed: { type: "string", default: "20070101" },
        "split-only": { type: "boolean", default: false },
        out: { type: "string", default: MODEL_FILE },
        gazetteers: { type: "string", default: GAZETTEER_DIR },
      },
      allowPositionals: true,
    });
  } catch (err) {
    throw new InputError(
      `train:ner: ${(err as Error).message}\nUsage: npm run train:ner -- [corpus.conll] [--epochs N] [--seed N] [--split-only] [--out FILE] [--gazetteers DIR]`,
    );
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine();
  const epochs = positiveInt("epochs", values.epochs);
  const seed = positiveInt("seed", values.seed);
  const corpus = path.resolve(positionals[0] ?? DEFAULT_CORPUS);
  try {
    statSync(corpus);
  } catch {
    throw new InputError(`train:ner: corpus ${corpus} not found; pass the ANERcorp train.conll path`);
  }
  const sentences = parseLabelled(readFileSync(corpus, "utf8"), corpus);
  const cut = Math.floor(sentences.length * (1 - DEV_FRACTION));
  const train = sentences.slice(0, cut);
  const dev = sentences.slice(cut);
  const snapshot = readLexicon(TRIGGERS_FILE, path.resolve(values.gazetteers));
  const lexicon = new LexiconIndex(snapshot);
  const gazetteerSizes = Object.entries(snapshot.gazetteers).map(([k, v]) => `${k} ${v.length}`);
  console.log(
    `corpus ${corpus}: ${sentences.length} sentences; train ${train.length}, dev ${dev.length} (last ${DEV_FRACTION * 100}%)`,
  );
  console.log(
    `gazetteers: ${gazetteerSizes.join(", ") || `none (no JSON files under ${values.gazetteers})`}`,
  );

  const started = performance.now();
  const options = { seed, minAbs: MIN_ABS, onEpoch: logEpoch };
  // The number of epochs is chosen on a tuning slice carved from the training part, so the dev
  // split stays untouched by every choice and its score is an honest estimate.
  const tuneCut = Math.floor(train.length * (1 - DEV_FRACTION));
  console.log(
    `\n1. choosing epochs: fit ${tuneCut} sentences, tune on the last ${train.length - tuneCut} of train`,
  );
  const tuned = trainTagger(train.slice(0, tuneCut), train.slice(tuneCut), lexicon, { ...options, epochs });
  console.log(`best epoch ${tuned.epoch}, tune F1 ${tuned.dev?.overall.f1.toFixed(4)}`);

  console.log(`\n2. dev estimate: train ${train.length} sentences for ${tuned.epoch} epochs, score dev`);
  const split = trainTagger(train, dev, lexicon, { ...options, epochs: tuned.epoch, keep: "last" });
  const devF1 = split.dev?.overall.f1 ?? null;
  console.log(`\ndev scores (CoNLL exact span):\n${split.dev ? formatEvaluation(split.dev) : ""}`);

  let final = split;
  let finalSentences = train;
  if (!values["split-only"]) {
    console.log(`\n3. retraining on all ${sentences.length} sentences for ${tuned.epoch} epochs`);
    final = trainTagger(sentences, null, lexicon, { ...options, epochs: tuned.epoch });
    finalSentences = sentences;
  }
  const text = serializeModel(final.weights, snapshot, final.corpus, {
    corpus: path.basename(corpus),
    sentences: finalSentences.length,
    tokens: finalSentences.reduce((n, s) => n + s.words.length, 0),
    epochs: final.epoch,
    seed,
    devF1,
    trainedAt: new Date().toISOString().slice(0, 10),
  });
  const out = path.resolve(values.out);
  writeFileSync(out, text);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nwrote ${path.relative(ROOT_DIR, out)}: ${final.weights.index.size} features, ` +
      `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB; training took ${seconds} s`,
  );
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    if (err instanceof InputError) {
      console.error(err.message);
      process.exitCode = 1;
    } else throw err;
  },
);
