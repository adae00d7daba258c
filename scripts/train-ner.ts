/**
 * Trains the NER tagger:
 * `npm run train:ner -- [corpus.conll] [--epochs N] [--seed N] [--split-only] [--out model.json]
 *  [--gazetteers DIR]` (DIR defaults to ingest/lexicon; an empty folder trains without gazetteers).
 * Extra corpora and lists (under --data, default ../shared/data): `--aqmar W` / `--wojood W`
 * add AQMAR (train+dev) / Wojood (train+val) at update weight W (0 = off); `--aqmar-misc
 * keep|o|W`, `--aqmar-peoples pers|o`, `--wojood-country org|loc` bring their classes to
 * ANERcorp's; `--no-lists` trains without the name-word and place lists (name-lists.ts), which
 * are otherwise rebuilt from the data and written next to the model; `--fixed-epochs N` trains
 * N epochs (default 12, the shipped setting; 0 searches up to --epochs on the tuning slice); `--runs K` (default 1) trains K differently shuffled models (seeds
 * seed…seed+K-1) and ships their mean; `--min-abs X` (default 0.05) drops the rows whose every averaged
 * weight is at most X (with --runs, the mean's rows; the members keep 0.05). Dev scores are also reported on AQMAR test and Wojood test, never trained on.
 * Carves the last 10% of sentences as dev (contiguous: articles do not leak across the cut).
 * 1. chooses the number of epochs (≤ --epochs) on a tuning slice, the last 10% of the training
 *    part, so no choice ever looks at dev; 2. trains on the training part for that many epochs
 *    and reports dev scores (an honest estimate); 3. unless --split-only, retrains on the whole
 *    file and writes ingest/ner/model/anercorp-perceptron.bin.
 * NER_ORDER2=1 trains second-order tag transitions (viterbi.ts; measured, not the default);
 * NER_TX=1 trains word-conditioned transitions (viterbi.ts "tx="; measured, not the default);
 * NER_TX_DROP=w,d,… leaves groups of their signals out (features.ts transitionSignals; for measuring);
 * NER_CONJ=0 trains without the conjunction features (features.ts emitConjunctions; for measuring);
 * NER_CONJ_DROP=nc,al leaves out one or both of their groups (name chain, article × neighbour class).
 * Deterministic: same corpus, lists, seed → same weights.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { InputError } from "../ingest/errors.js";
import { analyzeClitics } from "../ingest/ner/clitics.js";
import { parseLabelled, type LabelledSentence } from "../ingest/ner/conll.js";
import { DEFAULT_EXTRA, prepareExtra, type ExtraOptions } from "../ingest/ner/corpora.js";
import { CorpusKnowledge } from "../ingest/ner/dictionary.js";
import { evaluate, formatEvaluation } from "../ingest/ner/evaluate.js";
import { GAZETTEER_DIR, readLexicon, TRIGGERS_FILE } from "../ingest/ner/lexicon.js";
import { MODEL_FILE } from "../ingest/ner/loader.js";
import { LexiconIndex } from "../ingest/ner/lookup.js";
import { serializeModel } from "../ingest/ner/model-file.js";
import {
  buildNameWords,
  buildPlaces,
  formatNameWords,
  formatPlaces,
  NAME_WORDS_FILE,
  parseNameLists,
  writeNameListsBin,
  PLACES_FILE,
  type NameLists,
} from "../ingest/ner/name-lists.js";
import {
  evaluateOn,
  predictOn,
  trainTagger,
  type EpochReport,
  type TrainOptions,
  type TrainResult,
  type TrainSentence,
} from "../ingest/ner/train.js";
import { formatUnseen, unseenRecall, vocabulary } from "../ingest/ner/unseen.js";
import { averageWeights } from "../ingest/ner/weights.js";

const DEFAULT_DATA = path.resolve(ROOT_DIR, "..", "shared", "data");
const DEV_FRACTION = 0.1;
/** Averaged weights this small change no decision; dropping them keeps the file small. */
const MIN_ABS = 0.05;
const USAGE =
  "Usage: npm run train:ner -- [corpus.conll] [--epochs N] [--fixed-epochs N] [--seed N] [--split-only] [--out FILE] " +
  "[--gazetteers DIR] [--data DIR] [--aqmar W] [--aqmar-misc keep|o|W] [--aqmar-peoples pers|o] " +
  "[--wojood W] [--wojood-country org|loc] [--no-lists] [--runs K] [--min-abs X]";

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new InputError(`train:ner: --${name} must be a positive integer (got "${raw}")`);
  return n;
}

function weight(name: string, raw: string): number {
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(n) || n < 0)
    throw new InputError(`train:ner: --${name} must be a weight ≥ 0 (got "${raw}")`);
  return n;
}

function choice<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw))
    throw new InputError(`train:ner: --${name} must be one of ${allowed.join(", ")} (got "${raw}")`);
  return raw as T;
}

function logEpoch(r: EpochReport): void {
  const f1 = r.dev ? `dev F1 ${r.dev.overall.f1.toFixed(4)}` : "no dev";
  console.log(
    `epoch ${String(r.epoch).padStart(2)}  ${f1}  ${r.features} features  ${(r.ms / 1000).toFixed(1)} s`,
  );
}

function parseCommandLine() {
  return parseScriptArgs(
    "train:ner",
    {
      epochs: { type: "string", default: "16" },
      "fixed-epochs": { type: "string", default: "12" },
      seed: { type: "string", default: "20070101" },
      "split-only": { type: "boolean", default: false },
      out: { type: "string", default: MODEL_FILE },
      gazetteers: { type: "string", default: GAZETTEER_DIR },
      data: { type: "string", default: DEFAULT_DATA },
      aqmar: { type: "string", default: "0" },
      "aqmar-misc": { type: "string", default: "keep" },
      "aqmar-peoples": { type: "string", default: "pers" },
      wojood: { type: "string", default: "0" },
      "wojood-country": { type: "string", default: "org" },
      "no-lists": { type: "boolean", default: false },
      runs: { type: "string", default: "1" },
      "min-abs": { type: "string", default: String(MIN_ABS) },
    },
    USAGE,
    { positionals: true },
  );
}

function readConll(file: string): LabelledSentence[] {
  try {
    statSync(file);
  } catch {
    throw new InputError(
      `train:ner: ${file} not found; pass --data DIR (the shared data folder) or the corpus path`,
    );
  }
  return parseLabelled(readFileSync(file, "utf8"), file);
}

/** Builds the lists from the shared data (translit/, places/), or reads the shipped ones. */
function nameLists(dataDir: string, modelDir: string): { lists: NameLists; words: string; places: string } {
  const wikidata = path.join(dataDir, "translit", "wikidata-names-cc0.tsv");
  if (existsSync(wikidata)) {
    const words = formatNameWords(
      buildNameWords(
        readFileSync(wikidata, "utf8"),
        readFileSync(path.join(dataDir, "translit", "google-ar2en-apache2.tsv"), "utf8"),
      ),
    );
    const places = formatPlaces(
      buildPlaces(readFileSync(path.join(dataDir, "places", "places.tsv"), "utf8")),
    );
    return { lists: parseNameLists(words, places), words, places };
  }
  const words = readFileSync(path.join(modelDir, NAME_WORDS_FILE), "utf8");
  const places = readFileSync(path.join(modelDir, PLACES_FILE), "utf8");
  return { lists: parseNameLists(words, places), words, places };
}

interface Extra {
  name: string;
  train: TrainSentence[];
  heldOut: LabelledSentence[];
  settings: string;
}

function extraCorpora(
  values: ReturnType<typeof parseCommandLine>["values"],
  lists: NameLists | null,
): Extra[] {
  const countries = new Set(lists?.places.byKind().country ?? []);
  const isCountry = (key: string) => countries.has(key) || countries.has(analyzeClitics(key).core);
  const out: Extra[] = [];
  const aqmarWeight = weight("aqmar", values.aqmar);
  if (aqmarWeight > 0) {
    const dir = path.join(values.data, "ner-extra", "aqmar");
    const misc = values["aqmar-misc"];
    const options: ExtraOptions = {
      ...DEFAULT_EXTRA,
      weight: aqmarWeight,
      misc: misc === "keep" || misc === "o" ? misc : weight("aqmar-misc", misc),
      peoplesToO: choice("aqmar-peoples", values["aqmar-peoples"], ["pers", "o"]) === "o",
    };
    out.push({
      name: "AQMAR test",
      train: prepareExtra(
        [...readConll(path.join(dir, "train.conll")), ...readConll(path.join(dir, "dev.conll"))],
        options,
      ),
      heldOut: readConll(path.join(dir, "test.conll")),
      settings: `aqmar w${aqmarWeight} misc=${misc} peoples=${values["aqmar-peoples"]}`,
    });
  }
  const wojoodWeight = weight("wojood", values.wojood);
  if (wojoodWeight > 0) {
    const dir = path.join(values.data, "ner-extra", "wojood-sample");
    const country = choice("wojood-country", values["wojood-country"], ["org", "loc"]);
    const options: ExtraOptions = {
      ...DEFAULT_EXTRA,
      weight: wojoodWeight,
      countryOrgToLoc: country === "loc",
    };
    out.push({
      name: "Wojood test",
      train: prepareExtra(
        [...readConll(path.join(dir, "train.conll")), ...readConll(path.join(dir, "val.conll"))],
        options,
        isCountry,
      ),
      heldOut: readConll(path.join(dir, "test.conll")),
      settings: `wojood w${wojoodWeight} country=${country}`,
    });
  }
  return out;
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine();
  const epochs = positiveInt("epochs", values.epochs);
  // 12 epochs unless --fixed-epochs 0 asks for the search on the tuning slice.
  const fixedEpochs =
    values["fixed-epochs"] === "0" ? null : positiveInt("fixed-epochs", values["fixed-epochs"]);
  const seed = positiveInt("seed", values.seed);
  const corpus = path.resolve(positionals[0] ?? path.join(values.data, "anercorp", "train.conll"));
  const sentences = readConll(corpus);
  const cut = Math.floor(sentences.length * (1 - DEV_FRACTION));
  const train = sentences.slice(0, cut);
  const dev = sentences.slice(cut);
  const out = path.resolve(values.out);
  const built = values["no-lists"] ? null : nameLists(path.resolve(values.data), path.dirname(MODEL_FILE));
  const lists = built?.lists ?? null;
  const extras = extraCorpora(values, lists);
  const extraTrain = extras.flatMap((e) => e.train);
  const snapshot = readLexicon(TRIGGERS_FILE, path.resolve(values.gazetteers));
  const lexicon = new LexiconIndex(snapshot, lists);
  const gazetteerSizes = Object.entries(snapshot.gazetteers).map(([k, v]) => `${k} ${v.length}`);
  console.log(
    `corpus ${corpus}: ${sentences.length} sentences; train ${train.length}, dev ${dev.length} (last ${DEV_FRACTION * 100}%)`,
  );
  console.log(
    `gazetteers: ${gazetteerSizes.join(", ") || `none (no JSON files under ${values.gazetteers})`}`,
  );
  const placeCount = lists?.places.rows ?? 0;
  console.log(lists ? `name lists: ${lists.words.size} name words, ${placeCount} places` : "name lists: off");
  for (const e of extras) console.log(`extra: ${e.settings}, ${e.train.length} sentences`);

  const started = performance.now();
  const options = { seed, minAbs: weight("min-abs", values["min-abs"]), onEpoch: logEpoch };
  let chosen = fixedEpochs;
  if (chosen === null) {
    // The number of epochs is chosen on a tuning slice carved from the training part, so the dev
    // split stays untouched by every choice and its score is an honest estimate.
    const tuneCut = Math.floor(train.length * (1 - DEV_FRACTION));
    console.log(
      `\n1. choosing epochs: fit ${tuneCut} sentences (+ extras), tune on the last ${train.length - tuneCut} of train`,
    );
    const fit = [...train.slice(0, tuneCut), ...extraTrain];
    const tuned = trainTagger(fit, train.slice(tuneCut), lexicon, { ...options, epochs });
    console.log(`best epoch ${tuned.epoch}, tune F1 ${tuned.dev?.overall.f1.toFixed(4)}`);
    chosen = tuned.epoch;
  }

  console.log(
    `\n2. dev estimate: train ${train.length} sentences (+ extras) for ${chosen} epochs, score dev`,
  );
  const runs = positiveInt("runs", values.runs);
  const split = trainRuns(runs, [...train, ...extraTrain], dev, lexicon, {
    ...options,
    epochs: chosen,
    keep: "last",
  });
  const devF1 = split.dev?.overall.f1 ?? null;
  console.log(`\nANERcorp dev scores (CoNLL exact span):\n${split.dev ? formatEvaluation(split.dev) : ""}`);
  const knowledge = new CorpusKnowledge(split.corpus);
  const devPredicted = predictOn(dev, split.weights, lexicon, knowledge);
  console.log(
    `unseen-word recall (vs ANERcorp train part): ${formatUnseen(unseenRecall(dev, devPredicted, vocabulary(train)))}`,
  );
  for (const e of extras) {
    const predicted = predictOn(e.heldOut, split.weights, lexicon, knowledge);
    const score = evaluate(
      e.heldOut.map((s) => s.tags),
      predicted,
    );
    console.log(`\n${e.name} (held out, gold as distributed):\n${formatEvaluation(score)}`);
  }
  reportOtherHeldOut(values.data, extras, split, lexicon, knowledge);

  let final = split;
  let finalSentences: readonly TrainSentence[] = [...train, ...extraTrain];
  if (!values["split-only"]) {
    finalSentences = [...sentences, ...extraTrain];
    console.log(`\n3. retraining on all ${finalSentences.length} sentences for ${chosen} epochs`);
    final = trainRuns(runs, finalSentences, null, lexicon, { ...options, epochs: chosen });
  }
  const text = serializeModel(
    final.weights,
    snapshot,
    final.corpus,
    {
      corpus: path.basename(corpus),
      sentences: finalSentences.length,
      tokens: finalSentences.reduce((n, s) => n + s.words.length, 0),
      epochs: final.epoch,
      seed,
      devF1,
      trainedAt: new Date().toISOString().slice(0, 10),
      ...(extras.length > 0 ? { extra: extras.map((e) => e.settings).join("; ") } : {}),
    },
    lists?.hash ?? null,
  );
  writeFileSync(out, text);
  if (built) {
    writeFileSync(path.join(path.dirname(out), NAME_WORDS_FILE), built.words);
    writeFileSync(path.join(path.dirname(out), PLACES_FILE), built.places);
    writeNameListsBin(path.dirname(out), built.lists);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nwrote ${path.relative(ROOT_DIR, out)}: ${final.weights.index.size} features, ` +
      `${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB${built ? ` (+ lists ${((Buffer.byteLength(built.words) + Buffer.byteLength(built.places)) / 1e6).toFixed(2)} MB)` : ""}; training took ${seconds} s`,
  );
  return 0;
}

/**
 * Trains `runs` models on differently shuffled passes (seeds seed, seed+1, …) and keeps their
 * mean as one model of the same shape.
 */
function trainRuns(
  runs: number,
  sentences: readonly TrainSentence[],
  dev: readonly LabelledSentence[] | null,
  lexicon: LexiconIndex,
  options: TrainOptions,
): TrainResult {
  // Members keep every weight above MIN_ABS; the mean is pruned at options.minAbs.
  const members = runs === 1 ? options : { ...options, minAbs: Math.min(MIN_ABS, options.minAbs) };
  const results = [...Array(runs).keys()].map((k) =>
    trainTagger(sentences, dev, lexicon, { ...members, seed: options.seed + k }),
  );
  const first = results[0] as TrainResult;
  if (runs === 1) return first;
  const weights = averageWeights(
    results.map((r) => r.weights),
    options.minAbs,
  );
  const evaluation = dev ? evaluateOn(dev, weights, lexicon, new CorpusKnowledge(first.corpus)) : null;
  if (evaluation) console.log(`mean of ${runs} runs: dev F1 ${evaluation.overall.f1.toFixed(4)}`);
  return { ...first, weights, dev: evaluation };
}

/** Scores the held-out AQMAR and Wojood test files this run did not train on, when present. */
function reportOtherHeldOut(
  dataDir: string,
  extras: readonly Extra[],
  split: TrainResult,
  lexicon: LexiconIndex,
  knowledge: CorpusKnowledge,
): void {
  const files = [
    { name: "AQMAR test", file: path.join(dataDir, "ner-extra", "aqmar", "test.conll") },
    { name: "Wojood test", file: path.join(dataDir, "ner-extra", "wojood-sample", "test.conll") },
  ];
  for (const { name, file } of files) {
    if (extras.some((e) => e.name === name) || !existsSync(file)) continue;
    const held = readConll(file);
    const score = evaluate(
      held.map((s) => s.tags),
      predictOn(held, split.weights, lexicon, knowledge),
    );
    console.log(`\n${name} (held out, not trained on):\n${formatEvaluation(score)}`);
  }
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
