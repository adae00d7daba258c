import type { ArticleInput, ExtractionResult } from "../model.js";

/** What the writer needs from extraction; tests pass a fixture-backed one. */
export interface Extractor {
  /** Stored as `Article.extractorVersion`; a new version re-extracts articles already ingested. */
  version: string;
  extract(input: ArticleInput): ExtractionResult | Promise<ExtractionResult>;
}

let cached: Promise<Extractor> | null = null;

/** ingest/extract, imported on first use so commands that never extract do not load the models. */
export function defaultExtractor(): Promise<Extractor> {
  cached ??= import("../extract/index.js").then((mod) => ({
    version: EXTRACTOR_VERSION,
    extract: (input: ArticleInput) => mod.extract(input),
  }));
  return cached;
}

/**
 * Bump when extraction output changes in a way stored articles should pick up (2: على is not علي,
 * retrained tagger; 3: Saudi places and bodies, organisation labels translated, relation rules of
 * round 4, تركي as a given name; 4: a family name after a name chain is part of its key —
 * `kg db migrate` splits persons merged by the older key, write/rekey-chains.ts; 5: a chain ending
 * in a family name is keyed first name + family name, as other articles name the person — the
 * migration rewrites the articles of persons keyed with the father — plus the eighth session's
 * places, organisations, relation rounds and retrained tagger; 6: spelling variants of a foreign
 * name share one person id (ميشال/ميشيل), well-known figures by their full names, and the
 * extraction of the ninth to thirteenth sessions — companies, clubs, role names, event and
 * speaker rounds, the tagger's conjunction features).
 */
export const EXTRACTOR_VERSION = "6";
