/**
 * Checks gold files against their corpus text without running the extractor (annotators use it
 * while annotating): every mention placed, every relation naming a gold entity.
 *   npx tsx bench/eval-news/check.ts [n01 …]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReferences, goldArticleSchema, locateMentions } from "../eval/gold.js";
import { corpusByUrl } from "./corpus.js";
import { EVAL_NEWS_DIR, readSample } from "./sample-file.js";

const byUrl = corpusByUrl();
const wanted = new Set(process.argv.slice(2));
let bad = 0;
let checked = 0;
for (const entry of readSample()) {
  if (wanted.size > 0 && !wanted.has(entry.id)) continue;
  const file = join(EVAL_NEWS_DIR, "articles", `${entry.id}.gold.json`);
  if (!existsSync(file)) continue;
  const text = byUrl.get(entry.url)?.text ?? "";
  const parsed = goldArticleSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  checked++;
  if (!parsed.success) {
    bad++;
    console.log(
      `${entry.id}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
    continue;
  }
  const problems = [
    ...locateMentions(text, parsed.data.entities).problems,
    ...checkReferences(text, parsed.data),
  ];
  if (problems.length > 0) bad++;
  for (const p of problems) console.log(`${entry.id}: ${p}`);
}
console.log(`${checked} gold file(s) checked, ${bad} with problems`);
process.exitCode = bad > 0 ? 1 : 0;
