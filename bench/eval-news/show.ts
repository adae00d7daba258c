/**
 * Prints sampled articles' text for annotation (text only: the title is not extracted).
 *   npx tsx bench/eval-news/show.ts n01 [n02 …]
 */
import { corpusByUrl } from "./corpus.js";
import { readSample } from "./sample-file.js";

const byUrl = corpusByUrl();
const sample = readSample();
for (const id of process.argv.slice(2)) {
  const entry = sample.find((s) => s.id === id);
  const article = entry && byUrl.get(entry.url);
  if (!entry || !article) {
    console.error(`show: no sampled article ${id}`);
    process.exitCode = 1;
    continue;
  }
  console.log(
    `=== ${id} (${entry.source}, ${entry.split}, ${article.publishedAt ?? "undated"}) ${entry.url}`,
  );
  console.log(`title: ${article.title ?? ""}`);
  console.log(article.text);
  console.log();
}
