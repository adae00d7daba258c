import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ROOT_DIR } from "../../ingest/config.js";
import type { CypherResult, SavedQuery } from "../../ingest/model.js";
import { coerceParams, findSavedQuery, loadQueryLibrary } from "../../ingest/queries/library.js";
import { runReadOnly } from "../../ingest/server/readonly.js";
import { ingestArticle } from "../../ingest/write/index.js";
import { curate } from "../../ingest/curation/index.js";
import { useFreshDb } from "../support/db.js";

// The founding sample article (samples/seed-article.txt), ingested with the real extractor.
const SAMPLE = readFileSync(path.join(ROOT_DIR, "samples", "seed-article.txt"), "utf8");
const library = loadQueryLibrary();
const db = useFreshDb();

beforeAll(async () => {
  await ingestArticle(db, { text: SAMPLE, title: "بايدن والكاظمي", publishedAt: "2021-07-27" });
  // One correction, so the "corrections" query has a row.
  const [first] = await db.read<{ id: string }>("MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT 1");
  await curate(db, "set-property", { id: first?.id, key: "note", value: "checked" }, { user: "tester" });
});

const examples = (q: SavedQuery): Record<string, unknown> =>
  Object.fromEntries(q.parameters.filter((p) => p.example !== undefined).map((p) => [p.name, p.example]));

async function runSaved(name: string, raw: Record<string, unknown>): Promise<CypherResult> {
  const query = findSavedQuery(name, library);
  return runReadOnly(db, query.cypher, coerceParams(query, raw));
}

type Row = Record<string, unknown>;

describe("the query library on the sample article", () => {
  it("has at least the thirteen queries of the issue", () => {
    expect(library.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        "entity-profile",
        "ego-network",
        "who-met-whom",
        "money-flows",
        "shortest-paths",
        "statements-by",
        "statements-about",
        "co-mentions",
        "most-connected",
        "articles-mentioning",
        "edge-evidence",
        "review-queue",
        "timeline",
      ]),
    );
  });

  it.each(library.map((q) => [q.name, q] as const))(
    "%s runs read-only with its example parameters, returns rows and graph elements",
    async (_name, q) => {
      const result = await runReadOnly(db, q.cypher, coerceParams(q, examples(q)));
      expect(result.rows.length).toBeGreaterThan(0);
      expect(result.graph.nodes.length).toBeGreaterThan(0);
    },
  );

  it("who-met-whom contains Biden meeting Kadhimi, with the place and the evidence", async () => {
    const { rows } = await runSaved("who-met-whom", {});
    const meeting = rows.find(
      (r) => [r.personEn, r.metEn].sort().join("|") === "Joe Biden|Mustafa al-Kadhimi",
    ) as Row | undefined;
    expect(meeting).toBeDefined();
    expect((meeting?.evidence as string[]).length).toBeGreaterThan(0);
    expect(meeting?.placesEn).toContain("White House");
    const around = await runSaved("who-met-whom", { entity: "الكاظمي" });
    expect(around.rows.every((r) => [r.personEn, r.metEn].includes("Mustafa al-Kadhimi"))).toBe(true);
    const elsewhere = await runSaved("who-met-whom", { article: "a:0000000000000000" });
    expect(elsewhere.rows).toEqual([]);
  });

  it("money-flows contains the coalition funding the Counter-Terrorism Service with 25,000,000 USD", async () => {
    const { rows } = await runSaved("money-flows", {});
    expect(rows[0]).toMatchObject({
      giverEn: "International coalition",
      receiverEn: "Iraqi Counter-Terrorism Service",
      amount: 25_000_000,
      currency: "USD",
    });
    expect((await runSaved("money-flows", { currency: "EUR" })).rows).toEqual([]);
  });

  // Saved queries with a time window count only the evidence of articles dated inside it.
  const windowed: [string, string, string][] = library.flatMap((q): [string, string, string][] =>
    q.window ? [[q.name, q.window.from, q.window.to]] : [],
  );
  it("windows are offered by every query but the log of corrections (curation time, not article dates)", () => {
    expect(library.filter((q) => !q.window).map((q) => q.name)).toEqual(["corrections"]);
    expect(windowed.find(([name]) => name === "shortest-paths")).toEqual([
      "shortest-paths",
      "since",
      "until",
    ]);
  });
  it.each(windowed)(
    "%s: a window around the sample's date keeps its rows, one before it drops them",
    async (name, from, to) => {
      const q = findSavedQuery(name, library);
      const base = Object.fromEntries(Object.entries(examples(q)).filter(([k]) => k !== from && k !== to));
      const all = await runSaved(name, base);
      expect(all.rows.length).toBeGreaterThan(0);
      expect((await runSaved(name, { ...base, [from]: "2021-07-01", [to]: "2021-07-31" })).rows).toEqual(
        all.rows,
      );
      expect((await runSaved(name, { ...base, [to]: "2021-07-26" })).rows.length).toBeLessThan(
        all.rows.length,
      );
    },
  );

  it("a shortest path runs from Hassan Nadhem to ISIS and every edge on it carries evidence", async () => {
    const { rows } = await runSaved("shortest-paths", { from: "Hassan Nadhem", to: "داعش" });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const via = row.via as string[];
      expect([via[0], via.at(-1)]).toEqual(["Hassan Nadhem", "ISIS"]);
      const steps = row.steps as { evidence: string | null }[];
      expect(steps).toHaveLength(row.hops as number);
      for (const step of steps) expect(step.evidence?.length ?? 0).toBeGreaterThan(0);
      const segments = (row.path as { segments: { relationship: { properties: Row } }[] }).segments;
      // The drawn relationships carry their totals; their sentences are the steps' evidence above.
      for (const s of segments) expect(s.relationship.properties.count as number).toBeGreaterThan(0);
    }
  });

  it("the profile of Biden lists his relationships and every statement he made", async () => {
    const { rows } = await runSaved("entity-profile", { entity: "جو بايدن" });
    const said = rows.filter((r) => r.section === "statement").map((r) => (r.evidence as string[])[0]);
    const [expected] = await db.read<{ texts: string[] }>(
      "MATCH (st:Statement)-[:SAID_BY]->(:Entity {id: 'person:joe-biden'}) RETURN collect(st.text) AS texts",
    );
    expect(said.length).toBeGreaterThan(0);
    expect([...said].sort()).toEqual([...(expected?.texts ?? [])].sort());
    expect(rows.filter((r) => r.section === "relationship").map((r) => r.relation)).toContain("MET");
  });

  it.each([
    ["an id", "person:joe-biden"],
    ["the Arabic name", "جو بايدن"],
    ["an alias", "بايدن"],
    ["the English name", "Joe Biden"],
    ["lower-case English", "joe biden"],
    ["diacritics and a hamza form", "جُو بَايدن"],
  ])("an entity parameter accepts %s (%s)", async (_how, entity) => {
    const { rows } = await runSaved("entity-profile", { entity });
    expect(rows[0]?.entityEn).toBe("Joe Biden");
  });

  it.each([["لا أحد بهذا الاسم"], ['x") OR name:*'], ["\\"], ["*"]])(
    "an unknown or Lucene-looking entity (%s) gives no rows, not an error",
    async (entity) => {
      expect((await runSaved("entity-profile", { entity })).rows).toEqual([]);
    },
  );
});

/** Plan operators that read every node, or every :Entity node, or multiply unrelated rows. */
function badOperators(plan: unknown): string[] {
  const bad: string[] = [];
  const walk = (p: unknown): void => {
    if (!p || typeof p !== "object") return;
    const {
      operatorType,
      arguments: args,
      children,
    } = p as {
      operatorType?: string;
      arguments?: { Details?: unknown };
      children?: unknown[];
    };
    const op = (operatorType ?? "").replace(/@.*$/, "");
    const details = String(args?.Details ?? "");
    if (/^(CartesianProduct|AllNodesScan)$/.test(op)) bad.push(`${op} ${details}`);
    if (/LabelScan|LabelsScan/.test(op) && /:Entity\b/.test(details)) bad.push(`${op} ${details}`);
    (children ?? []).forEach(walk);
  };
  walk(plan);
  return bad;
}

async function explain(cypher: string, params: Record<string, unknown>): Promise<unknown> {
  const session = db.driver.session({ database: db.config.database });
  try {
    return (await session.run(`EXPLAIN ${cypher}`, params).summary()).plan;
  } finally {
    await session.close();
  }
}

describe("query plans", () => {
  it.each([
    ["a label scan", "MATCH (e:Entity) WHERE e.mentionCount > 1 RETURN e"],
    ["a cartesian product", "MATCH (a:Entity {id: $x}), (b:Entity {id: $y}) RETURN a, b"],
    ["an all-nodes scan", "MATCH (n) WHERE n.mentionCount > 1 RETURN n"],
  ])("the plan check catches %s", async (_what, cypher) => {
    expect(badOperators(await explain(cypher, { x: "a", y: "b" }))).not.toEqual([]);
  });

  const cases = library.flatMap((q) => [
    [q.name, "example parameters", q, examples(q)] as const,
    [
      q.name,
      "defaults only",
      q,
      Object.fromEntries(q.parameters.filter((p) => p.required).map((p) => [p.name, p.example])),
    ] as const,
  ]);
  it.each(cases)(
    "%s (%s): no cartesian product, no all-nodes or :Entity label scan",
    async (_n, _how, q, raw) => {
      expect(badOperators(await explain(q.cypher, coerceParams(q, raw)))).toEqual([]);
    },
  );
});

/** The `cypher` blocks of the worked examples in cypher/README.md, with their `:param` values. */
function readmeExamples(): [string, string, Record<string, unknown>][] {
  const readme = readFileSync(path.join(ROOT_DIR, "cypher", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Ten worked examples"));
  return [...section.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m, i) => {
    const params: Record<string, unknown> = {};
    const body = (m[1] ?? "")
      .split("\n")
      .filter((line) => {
        const p = /^:param (\w+) => (.*)$/.exec(line.trim());
        if (!p) return true;
        const [, name = "", literal = ""] = p;
        params[name] = /^'.*'$/.test(literal) ? literal.slice(1, -1) : Number(literal);
        return false;
      })
      .join("\n");
    return [`example ${i + 1}`, body, params];
  });
}

describe("the worked examples of cypher/README.md", () => {
  const examples = readmeExamples();
  it("are ten", () => {
    expect(examples).toHaveLength(10);
  });
  it.each(examples)("%s runs read-only on the sample and returns rows", async (_n, cypher, params) => {
    expect((await runReadOnly(db, cypher, params)).rows.length).toBeGreaterThan(0);
  });
});

describe("kg query and kg cypher against the database", () => {
  it("runs a saved query as CSV and ad-hoc Cypher as JSON; a write is refused with exit code 2", async () => {
    const out: string[] = [];
    const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const query = await import("../../ingest/cli/commands/query.js");
      expect(await query.run(["money-flows", "--format", "csv"])).toBe(0);
      expect(out.join("")).toContain("International coalition,جهاز مكافحة الإرهاب العراقي");
      out.length = 0;
      const cypher = await import("../../ingest/cli/commands/cypher.js");
      const args = ["MATCH (e:Entity {id: $id}) RETURN e.nameEn AS name", "--param", "id=person:joe-biden"];
      expect(await cypher.run([...args, "--format", "json"])).toBe(0);
      expect(JSON.parse(out.join("")) as CypherResult).toMatchObject({ rows: [{ name: "Joe Biden" }] });
      expect(await cypher.run(["MATCH (e:Entity) SET e.name = 'x' RETURN e"])).toBe(2);
      expect(String(error.mock.calls.at(-1)?.[0])).toMatch(/only reads of graph data are allowed/);
    } finally {
      write.mockRestore();
      error.mockRestore();
    }
    const [row] = await db.read<{ n: number }>("MATCH (e:Entity {name: 'x'}) RETURN count(e) AS n");
    expect(row?.n).toBe(0);
  });
});
