/**
 * `BENCH_BOLT_PORT=… npx tsx bench/article-count-drift.ts [--changed 100] [--delete 20]`: on the
 * bench database as a bench run left it (run it after bench:ingest:processes), the entities whose
 * stored `articleCount` (added once per article, cypher/write/co-mentions.cypher) differs from a
 * recount over the graph; then re-ingests the first --changed articles of the real dev corpus with
 * a sentence added at the same URL (new versions replacing the old ones), deletes the --delete
 * articles after them, and counts the differences again. Exit 1 when any entity differs.
 */
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { benchDatabase, benchPort } from "./bench-db.js";
import type { ArticleInput } from "../ingest/model.js";
import { deleteArticle } from "../ingest/write/delete.js";
import { defaultExtractor } from "../ingest/write/extractor.js";
import { ingestBatch } from "../ingest/write/index.js";
import { corpusBlocks } from "./real-corpus.js";

const { values: args } = parseScriptArgs(
  "article-count-drift",
  { changed: { type: "string", default: "100" }, delete: { type: "string", default: "20" } },
  scriptUsage(import.meta.url),
);
const changed = Number(args.changed);
const removed = Number(args.delete);
const port = benchPort();
const db = benchDatabase(port);

async function drift(): Promise<string> {
  const [row] = await db.read<{ entities: number; differ: number; articles: number; pending: number }>(
    `MATCH (e:Entity)
     WITH e, COUNT { MATCH (s:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT s.articleId } AS actual
     WITH count(e) AS entities, sum(CASE WHEN e.articleCount <> actual THEN 1 ELSE 0 END) AS differ
     RETURN entities, differ, COUNT { (a:Article) } AS articles,
            COUNT { (a:Article) WHERE a.entityTotalsPending } AS pending`,
  );
  if (row && row.differ > 0) process.exitCode = 1;
  return `${row?.articles} articles (${row?.pending} pending), ${row?.entities} entities, articleCount differs from a recount for ${row?.differ}`;
}

try {
  console.log(`article-count-drift: as left: ${await drift()}`);
  const inputs: ArticleInput[] = [];
  for await (const block of corpusBlocks(changed + removed)) for (const a of block) inputs.push(a.input);
  const report = await ingestBatch(
    db,
    inputs.slice(0, changed).map((a) => ({ ...a, text: `${a.text}\nوقال المتحدث إن الاجتماع انتهى.` })),
    { extractor: await defaultExtractor() },
  );
  let deleted = 0;
  for (const a of inputs.slice(changed, changed + removed)) {
    const [row] = await db.read<{ id: string }>("MATCH (a:Article {url: $url}) RETURN a.id AS id", {
      url: a.url ?? null,
    });
    if (row && (await deleteArticle(db, row.id))) deleted += 1;
  }
  console.log(
    `article-count-drift: ${JSON.stringify(report.counts)} re-ingested with a changed text, ${deleted} deleted: ${await drift()}`,
  );
} finally {
  await db.close();
}
