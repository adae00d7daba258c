/**
 * `BENCH_BOLT_PORT=… npx tsx bench/profile-write.ts [--skip 2000] [--groups 4]`: PROFILE of the
 * write statements of a few groups of 16 real articles (the dev corpus, after the first `--skip`)
 * on the bench Neo4j as it stands (run it after bench:ingest:processes, on the warm graph): db hits
 * per operator of the group's article.cypher, of its co-mentions and of an entity-totals flush of
 * its entities, each in a transaction that is rolled back, so the graph is left as it was.
 */
import { parseScriptArgs, scriptUsage } from "../ingest/cli/args.js";
import { benchDatabase, benchPort } from "./bench-db.js";
import { loadCypher } from "../ingest/db/cypher-files.js";
import { articleParams, groupParams } from "../ingest/write/article.js";
import { prepareGroup } from "../ingest/write/group.js";
import { corpusBlocks } from "./real-corpus.js";

const { values } = parseScriptArgs(
  "profile-write",
  { skip: { type: "string", default: "2000" }, groups: { type: "string", default: "4" } },
  scriptUsage(import.meta.url),
);
const skip = Number(values.skip);
const groups = Number(values.groups);
const port = benchPort();
const db = benchDatabase(port);

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: Plan[];
}
function walk(p: Plan, out: Map<string, number>, depth = 0): void {
  const details = String(p.arguments["Details"] ?? "").slice(0, 90);
  const key = `${p.operatorType} ${details}`;
  out.set(key, (out.get(key) ?? 0) + Number(p.dbHits));
  for (const c of p.children) walk(c, out, depth + 1);
}
const total = (p: Plan): number => Number(p.dbHits) + p.children.reduce((n, c) => n + total(c), 0);

async function profile(
  run: (
    q: (label: string, cypher: string, params: Record<string, unknown>) => Promise<Plan>,
  ) => Promise<void>,
  perArticle: number,
): Promise<void> {
  const session = db.driver.session();
  const tx = session.beginTransaction();
  try {
    await run(async (label, cypher, params) => {
      const res = await tx.run(`PROFILE ${cypher.replace(/^CYPHER replan=skip\n/m, "")}`, params);
      const plan = res.summary.profile as unknown as Plan;
      const ops = new Map<string, number>();
      walk(plan, ops);
      const t = total(plan);
      console.log(`${label}: ${t} db hits, ${(t / perArticle).toFixed(0)} per article`);
      for (const [k, v] of [...ops].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
        if (v > 0) console.log(`   ${String(v).padStart(7)}  ${k}`);
      }
      return plan;
    });
  } finally {
    await tx.rollback();
    await session.close();
  }
}

const inputs = [];
for await (const block of corpusBlocks(skip + groups * 16)) for (const a of block) inputs.push(a.input);
const chosen = inputs.slice(skip, skip + groups * 16);
for (let g = 0; g < groups; g++) {
  const slice = chosen.slice(g * 16, g * 16 + 16);
  const lookups = slice.map(() => undefined);
  const prepared = await prepareGroup(db, slice, {}, lookups);
  const ready = prepared.ready.map((r) => r.prepared);
  const ids = ready.map((p) => p.id);
  const entities = new Map<string, unknown>();
  for (const p of ready)
    for (const e of p.rows.entities)
      entities.set(e.id, {
        id: e.id,
        nameEn: e.nameEn,
        aliases: e.aliases,
        searchKeys: e.searchKeys,
        props: e.props,
      });
  const rows = [...entities.values()].sort((a, b) =>
    (a as { id: string }).id < (b as { id: string }).id ? -1 : 1,
  );
  console.log(`\n# group ${g + 1}: ${ready.length} new articles, ${rows.length} entities`);
  await profile(async (q) => {
    await q(
      "article",
      loadCypher("write/article"),
      groupParams(ready.map((p) => articleParams(p, `t${p.id}`))),
    );
    await q("co-mentions", loadCypher("write/co-mentions"), { rows: { articles: ids } });
    await q("entity-totals", loadCypher("write/entity-totals"), { rows: { entities: rows, articles: ids } });
  }, ready.length);
}
await db.close();
