/**
 * Scores the mean of several split models on ANERcorp dev (issue 13's seed ensembles):
 * `npx tsx scripts/ner-average.ts [--min-abs X] [--out FILE] a.bin b.bin …`, each model written by
 * `npm run train:ner -- --split-only --out …` on the same lexicons (the first model's lists and
 * corpus lists are used). Prints each model's dev F1, the mean of those, and the averaged model's
 * dev F1, feature count and size; `--out` writes the averaged model (its lists are not copied).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseScriptArgs } from "../ingest/cli/args.js";
import { ROOT_DIR } from "../ingest/config.js";
import { parseLabelled } from "../ingest/ner/conll.js";
import { CorpusKnowledge } from "../ingest/ner/dictionary.js";
import { formatEvaluation } from "../ingest/ner/evaluate.js";
import { LexiconIndex } from "../ingest/ner/lookup.js";
import { parseModel, serializeModel } from "../ingest/ner/model-file.js";
import { readNameLists } from "../ingest/ner/name-lists.js";
import { evaluateOn } from "../ingest/ner/train.js";
import { averageWeights } from "../ingest/ner/weights.js";

const { values, positionals } = parseScriptArgs(
  "ner-average",
  {
    "min-abs": { type: "string", default: "0.05" },
    out: { type: "string" },
    corpus: {
      type: "string",
      default: path.resolve(ROOT_DIR, "..", "shared", "data", "anercorp", "train.conll"),
    },
  },
  "Usage: npx tsx scripts/ner-average.ts [--min-abs X] [--out FILE] [--corpus train.conll] a.bin b.bin …",
  { positionals: true },
);
const sentences = parseLabelled(readFileSync(values.corpus, "utf8"), values.corpus);
const dev = sentences.slice(Math.floor(sentences.length * 0.9));
const models = positionals.map((file) => parseModel(readFileSync(file), file));
const first = models[0];
if (!first) throw new Error("ner-average: give at least one model");
const lists = first.listsHash ? readNameLists(path.dirname(path.resolve(positionals[0] ?? ""))) : null;
const lexicon = new LexiconIndex(first.lexicon, lists);
const knowledge = new CorpusKnowledge(first.corpus);
const members = models.map((m) => evaluateOn(dev, m.weights, lexicon, knowledge).overall.f1);
positionals.forEach((file, i) => console.log(`${path.basename(file)}: dev F1 ${members[i]?.toFixed(4)}`));
const mean = members.reduce((a, b) => a + b, 0) / members.length;
console.log(`mean of members: ${mean.toFixed(4)}`);
const averaged = averageWeights(
  models.map((m) => m.weights),
  Number(values["min-abs"]),
);
const score = evaluateOn(dev, averaged, lexicon, knowledge);
const bytes = serializeModel(averaged, first.lexicon, first.corpus, first.training, first.listsHash);
console.log(
  `averaged (min-abs ${values["min-abs"]}): dev F1 ${score.overall.f1.toFixed(4)}, ` +
    `${averaged.index.size} features, ${(bytes.length / 1e6).toFixed(2)} MB\n${formatEvaluation(score)}`,
);
if (values.out) writeFileSync(values.out, bytes);
