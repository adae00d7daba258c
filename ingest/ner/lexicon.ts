import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT_DIR } from "../config.js";
import { InputError } from "../errors.js";
import { listKey } from "./clitics.js";

/**
 * The word lists the tagger's features read: its own trigger words (ingest/ner/triggers.json)
 * and the extraction gazetteers (JSON files anywhere under ingest/lexicon/) when they exist.
 * A snapshot of both is stored inside the trained model, so editing a list can never silently
 * change what a trained weight means; the loader only warns that retraining would pick it up.
 */
export interface LexiconSnapshot {
  /** Trigger class id → lookup keys (normalised, proclitics stripped). */
  triggers: Record<string, string[]>;
  /** Gazetteer class (LOC, ORG, PERS, NISBA) → entries, lookup keys joined by spaces. */
  gazetteers: Record<string, string[]>;
  triggersHash: string;
  gazetteerHash: string;
}

export const TRIGGERS_FILE = path.join(ROOT_DIR, "ingest", "ner", "triggers.json");
export const GAZETTEER_DIR = path.join(ROOT_DIR, "ingest", "lexicon");

const triggerFileSchema = z.object({
  classes: z.array(
    z.object({
      id: z.string().regex(/^[a-z]+$/),
      gloss: z.string().min(1),
      entries: z.array(z.object({ ar: z.string().min(1), en: z.string().min(1) })).min(1),
    }),
  ),
});

/**
 * Which gazetteer class a file name or JSON key stands for; the first match wins, "" skips the
 * subtree (words that are not names), no match inherits the class of the enclosing file or key.
 */
const CLASS_RULES: readonly { pattern: RegExp; cls: string }[] = [
  { pattern: /^_|modifier|function|stop|verb|month|weekday|currenc|unit|particle|letter|skip/i, cls: "" },
  { pattern: /nisba|demonym|adjective|gentilic/i, cls: "NISBA" },
  { pattern: /title|role/i, cls: "TITLE" },
  { pattern: /head/i, cls: "HEAD" },
  { pattern: /complement/i, cls: "COMP" },
  { pattern: /person|people|name|given|surname/i, cls: "PERS" },
  { pattern: /countr|cit(y|ies)|capital|place|location|region|geo/i, cls: "LOC" },
  { pattern: /org|agenc|media|group|party|parties|compan|outlet|institution/i, cls: "ORG" },
];

/** Nisba lists hold the masculine singular; news uses every inflection (عراقي، عراقية، عراقيون). */
const NISBA_ENDINGS = ["", "ه", "ين", "ون"];

const ARABIC = /[\u0600-\u06ff]/;
const MAX_ENTRY_TOKENS = 6;

function classFor(label: string): string | null {
  const rule = CLASS_RULES.find((r) => r.pattern.test(label));
  return rule ? rule.cls : null;
}

function sha(parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("hex").slice(0, 16);
}

export function entryKey(phrase: string): string | null {
  const tokens = phrase.split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0 || tokens.length > MAX_ENTRY_TOKENS) return null;
  return tokens.map(listKey).join(" ");
}

/**
 * The fields of an entry (an object with an Arabic name or an English gloss) that hold its names.
 * Its other fields are the extraction's own rules, whatever words they hold — an organisation's
 * `notBefore` (الجوية، العسكرية: words after which it is no match), a place head's `plural`
 * (متنزهات) — and must not reach the tagger as names of the entry's class. Leaving them out:
 * ANERcorp dev F1 0.7003 → 0.7300 (seed 20070101), mean of seeds 20070101, 3, 7 0.703 → 0.713.
 */
const ENTRY_NAMES = new Set(["ar", "variants"]);

function isEntry(value: object): boolean {
  return "ar" in value || "en" in value;
}

/** Collects Arabic strings, classed by the innermost key that names a class, else the file. */
function collect(value: unknown, cls: string, out: Map<string, Set<string>>): void {
  if (typeof value === "string") {
    const key = cls && ARABIC.test(value) ? entryKey(value) : null;
    if (!key) return;
    const set = out.get(cls) ?? out.set(cls, new Set()).get(cls);
    const endings = cls === "NISBA" && key.endsWith("ي") ? NISBA_ENDINGS : [""];
    for (const ending of endings) set?.add(key + ending);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, cls, out);
  } else if (value && typeof value === "object") {
    const entry = isEntry(value);
    for (const [k, v] of Object.entries(value)) {
      const keyClass = classFor(k);
      // In an entry, a key naming a class (nisba) holds names too; other fields are rules.
      if (entry && !ENTRY_NAMES.has(k) && keyClass === null) continue;
      collect(v, keyClass ?? cls, out);
    }
  }
}

function gazetteerFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".json"))
    .sort();
}

function readJson(file: string): { text: string; data: unknown } {
  const text = readFileSync(file, "utf8");
  try {
    return { text, data: JSON.parse(text) };
  } catch (err) {
    throw new InputError(`ner: ${file} is not valid JSON; fix or remove it`, { cause: err });
  }
}

/** Hashes of the lists as they are on disk now, to compare with a model's snapshot. */
export function currentHashes(
  triggersFile = TRIGGERS_FILE,
  gazetteerDir = GAZETTEER_DIR,
): { triggersHash: string; gazetteerHash: string } {
  const files = gazetteerFiles(gazetteerDir);
  return {
    triggersHash: sha([readFileSync(triggersFile, "utf8")]),
    gazetteerHash: sha(files.flatMap((f) => [f, readFileSync(path.join(gazetteerDir, f), "utf8")])),
  };
}

/** Reads the lists from disk; missing gazetteers are fine (their class lists are just empty). */
export function readLexicon(triggersFile = TRIGGERS_FILE, gazetteerDir = GAZETTEER_DIR): LexiconSnapshot {
  const parsed = triggerFileSchema.safeParse(readJson(triggersFile).data);
  if (!parsed.success) {
    throw new InputError(`ner: ${triggersFile} does not match its schema: ${parsed.error.message}`);
  }
  const triggers: Record<string, string[]> = {};
  for (const c of parsed.data.classes) {
    triggers[c.id] = [...new Set(c.entries.map((e) => listKey(e.ar)))].sort();
  }
  const classes = new Map<string, Set<string>>();
  for (const f of gazetteerFiles(gazetteerDir)) {
    collect(readJson(path.join(gazetteerDir, f)).data, classFor(f) ?? "", classes);
  }
  const gazetteers: Record<string, string[]> = {};
  for (const [cls, keys] of [...classes].sort(([a], [b]) => a.localeCompare(b))) {
    gazetteers[cls] = [...keys].sort();
  }
  return { triggers, gazetteers, ...currentHashes(triggersFile, gazetteerDir) };
}
