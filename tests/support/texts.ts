import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT_DIR } from "../../ingest/config.js";

/** The founding sample article. */
export const SAMPLE = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");

const evalDir = path.join(ROOT_DIR, "bench", "eval", "articles");

/** The ten evaluation articles as one long multi-paragraph input: names and titles recur across them. */
export const EVAL_ARTICLES_JOINED = readdirSync(evalDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(path.join(evalDir, f), "utf8"))
  .join("\n\n");
