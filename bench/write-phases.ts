/**
 * `BENCH_BOLT_PORT=… npx tsx bench/write-phases.ts [--skip 2000] [--articles 256]`: Neo4j's CPU per
 * article for each step of writing real articles (the dev corpus after the first `--skip`) into
 * the bench Neo4j as it stands (warm: run it after bench:ingest:processes). Extracts first, then,
 * reading the server's CPU from /proc around each step: the groups' article statements rolled
 * back (the statement alone), the same committed (plus the commit: indexes, log), the settle
 * reads, and the entity-totals flush (co-mentions, totals). Leaves the articles in the graph.
 */
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { benchDatabase, benchDataDir, benchPort } from "./bench-db.js";
import { ensureLocalNeo4j } from "../ingest/db/local.js";
import { rulesVersion, curationRules } from "../ingest/curation/store.js";
import { writeAllNew, writePrepared, type Prepared } from "../ingest/write/article.js";
import { loadCypher } from "../ingest/db/cypher-files.js";
import { EntityTotals } from "../ingest/write/entity-totals.js";
import { prepareGroup } from "../ingest/write/group.js";
import { corpusBlocks, processCpuSeconds } from "./real-corpus.js";

const { values } = parseScriptArgs(
  "write-phases",
  { skip: { type: "string", default: "2000" }, articles: { type: "string", default: "256" } },
  scriptUsage(import.meta.url),
);
const skip = Number(values.skip);
const n = Number(values.articles);
const port = benchPort();
const dataDir = benchDataDir();
const { pid } = await ensureLocalNeo4j({ port, dataDir });
const db = benchDatabase(port);

const inputs = [];
for await (const block of corpusBlocks(skip + n)) for (const a of block) inputs.push(a.input);
const groups: Extract<Prepared, { kind: "ready" }>[][] = [];
for (let from = skip; from < skip + n; from += 16) {
  const slice = inputs.slice(from, from + 16);
  const g = await prepareGroup(
    db,
    slice,
    {},
    slice.map(() => undefined),
  );
  groups.push(g.ready.map((r) => r.prepared));
}
const count = groups.reduce((k, g) => k + g.length, 0);
const cpu = async (label: string, step: () => Promise<void>): Promise<void> => {
  const c0 = processCpuSeconds(pid);
  const t0 = performance.now();
  await step();
  const ms = ((processCpuSeconds(pid) - c0) * 1000) / count;
  console.log(
    `${label}: Neo4j ${ms.toFixed(2)} ms CPU per article (${((performance.now() - t0) / 1000).toFixed(1)} s wall)`,
  );
};
console.log(`${count} new articles in ${groups.length} groups`);
class Rollback extends Error {}
for (let round = 0; round < 2; round++) {
  await cpu(`article statements, rolled back (round ${round + 1})`, async () => {
    for (const g of groups) {
      await db
        .writeTransaction(async (tx) => {
          await writeAllNew(tx, g);
          throw new Rollback();
        })
        .catch((err: unknown) => {
          if (!(err instanceof Rollback)) throw err;
        });
    }
  });
}
await cpu("empty write transactions (one per group)", async () => {
  for (let i = 0; i < groups.length; i++)
    await db.writeTransaction(async (tx) => void (await tx.run("RETURN 1")));
});
await cpu("curation rules + rules version reads (per group)", async () => {
  for (let i = 0; i < groups.length; i++) {
    await curationRules(db);
    await rulesVersion(db);
  }
});
const totals = new EntityTotals();
await cpu("article statements, committed", async () => {
  for (const g of groups) {
    await db
      .writeTransaction(async (tx) => {
        if (!(await writeAllNew(tx, g))) throw new Rollback();
      })
      .catch(async (err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
        await db.writeTransaction(async (tx) => {
          for (const p of g) await writePrepared(tx, p);
        });
      });
    for (const p of g) totals.add(p.id, p.rows.entities);
  }
});
const ids = groups.flat().map((p) => p.id);
await cpu("co-mentions", async () => {
  for (let from = 0; from < ids.length; from += 64)
    await db.write(loadCypher("write/co-mentions"), { rows: { articles: ids.slice(from, from + 64) } });
});
await cpu("entity totals flush (totals, co-mentions already done)", () => totals.flush(db));
await db.close();
