/**
 * `BENCH_BOLT_PORT=… npx tsx bench/graph-checksum.ts`: what a bench run left in the bench database,
 * to tell whether two versions of the writer store the same graph (issue 18): nodes per label,
 * relationships per type, and a SHA-256 over every entity (id, type, name, aliases, totals) and
 * every typed relationship (key, aggregates) and every evidence node (key, article, sentences),
 * in id order. Leaves out what depends on which of the concurrent groups committed first: `seq`
 * (arrival order) and the order of aliases.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { benchDatabase, benchPort } from "./bench-db.js";

const port = benchPort();
const db = benchDatabase(port);
try {
  const labels = await db.read<{ label: string; n: number }>(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const types = await db.read<{ type: string; n: number }>(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
  );
  const hash = (rows: unknown[]): string =>
    createHash("sha256").update(JSON.stringify(rows)).digest("hex").slice(0, 16);
  const entities = await db.read(
    `MATCH (e:Entity) RETURN e.id AS id, e.type AS type, e.name AS name, e.nameEn AS nameEn,
       e.aliases AS aliases, e.mentionCount AS m, e.articleCount AS a, e.degree AS d
     ORDER BY id`,
  );
  for (const e of entities as { aliases: string[] }[]) e.aliases.sort();
  // GRAPH_CHECKSUM_DUMP=file: the entity rows too, one a line, to find what differs.
  const dump = process.env.GRAPH_CHECKSUM_DUMP;
  if (dump) writeFileSync(dump, entities.map((e) => JSON.stringify(e)).join("\n") + "\n");
  const relations = await db.read(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL
     RETURN r.key AS key, r.count AS count, r.articleCount AS articles, r.firstSeen AS first,
       r.lastSeen AS last, r.confidence AS confidence ORDER BY key`,
  );
  const evidence = await db.read(
    `MATCH (ev:Evidence) RETURN ev.id AS id, ev.sentenceIds AS sentences, ev.amounts AS amounts ORDER BY id`,
  );
  const coMentions = await db.read(
    "MATCH (c:CoMention) RETURN c.key AS key, c.sentences AS s, c.articles AS a ORDER BY key",
  );
  console.log(labels.map((r) => `${r.label} ${r.n}`).join(", "));
  console.log(types.map((r) => `${r.type} ${r.n}`).join(", "));
  console.log(
    `entities ${hash(entities)}, relationships ${hash(relations)}, evidence ${hash(evidence)}, co-mentions ${hash(coMentions)}`,
  );
} finally {
  await db.close();
}
