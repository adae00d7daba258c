/**
 * Lists which reporting verbs of ingest/relate/lexicon/statements.json lack which regular past-tense
 * forms (feminine -ت, dual -ا, plural -وا, feminine dual -تا) or any present form.
 * The feminine plural (أكدن، قلن) is left out: rare in news, and isPlural reads only -وا as plural.
 * A report for the hand-written lexicon, not a generator: a missing form is added by hand only when
 * it cannot be read as a common noun once the diacritics are gone (صرحاً، حذراً، توقعاً، كتباً are
 * nouns, نقلاً is the source marker نقلاً عن).
 *   npx tsx scripts/lexicons/verb-forms.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT_DIR } from "../../ingest/config.js";

interface Verb {
  ar: string;
  forms: string[];
}
const file = JSON.parse(
  readFileSync(join(ROOT_DIR, "ingest", "relate", "lexicon", "statements.json"), "utf8"),
) as { verbs: Verb[] };
const suffixes: [string, string][] = [
  ["f", "ت"],
  ["dual", "ا"],
  ["plural", "وا"],
  ["f.dual", "تا"],
];
for (const verb of file.verbs) {
  const base = verb.forms[0] as string;
  const forms = new Set(verb.forms);
  // A defective verb (رأى، دعا، نفى) does not take the suffixes as they are.
  const missing = /[اى]$/.test(base)
    ? []
    : suffixes.filter(([, s]) => !forms.has(base + s)).map(([tag]) => tag);
  if (!verb.forms.some((f) => /^[يت]/.test(f) && !f.endsWith("ت"))) missing.push("present");
  if (missing.length > 0) console.log(`${base}\t${missing.join(" ")}`);
}
