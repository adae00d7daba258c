import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../config.js";
import { InputError } from "../errors.js";
import { currentHashes } from "./lexicon.js";
import { parseModel } from "./model-file.js";
import { readNameLists } from "./name-lists.js";
import { Tagger } from "./tagger.js";

export const MODEL_FILE = path.join(ROOT_DIR, "ingest", "ner", "model", "anercorp-perceptron.bin");

/** Reads a model file and notes when the word lists on disk differ from its snapshot. */
export function readTagger(file = MODEL_FILE): Tagger {
  if (!existsSync(file)) {
    throw new InputError(`ner: no model at ${file}; train one with \`npm run train:ner\``);
  }
  const model = parseModel(readFileSync(file), file);
  const now = currentHashes();
  const warnings: string[] = [];
  if (now.triggersHash !== model.lexicon.triggersHash || now.gazetteerHash !== model.lexicon.gazetteerHash) {
    warnings.push(
      "ner: ingest/ner/triggers.json or ingest/lexicon/ changed since the tagger was trained; " +
        "it keeps using the lists it was trained with — run `npm run train:ner` to pick up the change",
    );
  }
  // The name-word and place lists live next to the model file; a model trained with them is
  // meaningless without them.
  const lists = model.listsHash ? readNameLists(path.dirname(file)) : null;
  if (model.listsHash && !lists) {
    throw new InputError(
      `ner: model ${file} needs name-words.tsv and places.tsv next to it; retrain with \`npm run train:ner\``,
    );
  }
  if (lists && lists.hash !== model.listsHash) {
    warnings.push(
      `ner: the name lists next to ${path.basename(file)} changed since it was trained; run \`npm run train:ner\``,
    );
  }
  return new Tagger(model.weights, model.lexicon, model.corpus, model.training, warnings, lists, model.table);
}

let singleton: Tagger | null = null;

/**
 * The committed tagger, loaded on first use and shared afterwards.
 * @example loadTagger().tag(["التقى", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون"])
 */
export function loadTagger(): Tagger {
  if (!singleton) {
    singleton = readTagger();
    for (const w of singleton.warnings) console.warn(w);
  }
  return singleton;
}
