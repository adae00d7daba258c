import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { run as kgExport } from "../../ingest/cli/commands/export.js";
import { run as kgReset } from "../../ingest/cli/commands/reset.js";
import { exportGraph, EXPORT_FORMATS, type ExportFilter } from "../../ingest/export/index.js";
import { jsonExportChunks } from "../../ingest/export/stream.js";
import { ingestArticle } from "../../ingest/write/index.js";
import { useFreshDb } from "../support/db.js";
import { checkXml } from "../unit/export/xml-check.js";
import { ARTICLES, fixtureExtractor, NEWS_SPEC } from "../unit/write/fixture-extractor.js";
import { countOf } from "./ingest-helpers.js";

const HOSTILE = `<img src=x onerror="alert(1)"> & ]]> '}) DETACH DELETE n //`;
const spec = {
  ...NEWS_SPEC,
  entities: [
    ...NEWS_SPEC.entities,
    { id: "organization:hostile", type: "Organization" as const, name: HOSTILE, nameEn: 'a,"b"' },
  ],
};
const extractor = fixtureExtractor(spec);
const out = mkdtempSync(path.join(tmpdir(), "rawabit-export-"));
const db = useFreshDb();
let meetingId = "";

beforeAll(async () => {
  process.env.NEO4J_URI = inject("neo4j").uri;
  meetingId = (await ingestArticle(db, { text: ARTICLES.meeting }, { extractor })).articleId;
  await ingestArticle(db, { text: `${ARTICLES.visit} وحضر ممثلو ${HOSTILE} اللقاء.` }, { extractor });
});
afterAll(async () => {
  rmSync(out, { recursive: true, force: true });
});

describe("exportGraph from Neo4j", () => {
  it.each(EXPORT_FORMATS)("%s parses and holds every entity", async (format) => {
    const result = await exportGraph(db, format);
    const entities = await countOf(db, "MATCH (e:Entity) RETURN count(e) AS n");
    if (format === "json") {
      const parsed = JSON.parse(result.body) as {
        nodes: { properties: { name: string } }[];
        edges: unknown[];
      };
      expect(parsed.nodes).toHaveLength(entities);
      expect(parsed.nodes.map((n) => n.properties.name)).toContain(HOSTILE);
    } else if (format === "csv") {
      const nodes = result.files.find((f) => f.name === "nodes.csv")?.body ?? "";
      expect(nodes.split("\r\n").filter((l) => l !== "")).toHaveLength(entities + 1);
      expect(nodes).toContain(`"${HOSTILE.replace(/"/g, '""')}"`);
    } else {
      const { problems, elements } = checkXml(result.body);
      expect(problems).toEqual([]);
      expect(elements.filter((e) => e.name === "node")).toHaveLength(entities);
      expect(elements.flatMap((e) => [e.text, ...Object.values(e.attrs)])).toContain(HOSTILE);
    }
  });

  it("filters by entity type, relation type and article", async () => {
    const people = JSON.parse((await exportGraph(db, "json", { types: ["Person"] })).body) as {
      nodes: { labels: string[] }[];
      edges: { type: string }[];
    };
    expect(people.nodes.every((n) => n.labels.includes("Person"))).toBe(true);
    expect(people.edges.map((e) => e.type)).toEqual(["MET"]);
    const funded = JSON.parse((await exportGraph(db, "json", { relations: ["FUNDED"] })).body) as {
      edges: { type: string; properties: { amount: number } }[];
    };
    expect(funded.edges).toEqual([
      expect.objectContaining({ type: "FUNDED", properties: expect.objectContaining({ amount: 155000000 }) }),
    ]);
    const one = JSON.parse((await exportGraph(db, "json", { article: meetingId })).body) as {
      nodes: { id: string }[];
      edges: { properties: { articleIds: string[] } }[];
    };
    expect(one.nodes.map((n) => n.id)).not.toContain("organization:hostile");
    expect(one.edges.every((e) => e.properties.articleIds.includes(meetingId))).toBe(true);
  });

  it.each<[string, () => ExportFilter]>([
    ["everything", () => ({})],
    ["persons", () => ({ types: ["Person"] })],
    ["FUNDED", () => ({ relations: ["FUNDED"] })],
    ["one article", () => ({ article: meetingId })],
    ["nothing", () => ({ article: "a:none" })],
  ])(
    "the streamed JSON (the API's) is the whole file's graph, laid out the same: %s",
    async (_name, filter) => {
      const f = filter();
      const whole = (await exportGraph(db, "json", f)).body;
      const params = { types: f.types ?? null, relations: f.relations ?? null, article: f.article ?? null };
      // Pages of 1 and 2 entities: every page boundary, the last page full and not.
      for (const page of [1, 2, 1000]) {
        let streamed = "";
        for await (const chunk of await jsonExportChunks(db, params, page)) streamed += chunk;
        // The same graph, in the same order; within a property map the keys come in whatever order
        // Neo4j returns them, which differs between two queries.
        expect(JSON.parse(streamed)).toEqual(JSON.parse(whole));
        expect(streamed).toBe(`${JSON.stringify(JSON.parse(streamed), null, 2)}\n`);
      }
    },
  );
});

describe("kg export and kg reset", () => {
  const quiet = (): (() => void) => {
    const spies = [
      vi.spyOn(console, "error").mockImplementation(() => undefined),
      vi.spyOn(console, "log").mockImplementation(() => undefined),
    ];
    return () => spies.forEach((s) => s.mockRestore());
  };

  it("writes nodes.csv and edges.csv into a folder and one file otherwise", async () => {
    const restore = quiet();
    try {
      expect(await kgExport(["--format", "csv", "--out", `${out}/csv/`])).toBe(0);
      expect(
        await kgExport([
          "--format",
          "gexf",
          "--out",
          path.join(out, "graph.gexf"),
          "--types",
          "Person,Country",
        ]),
      ).toBe(0);
    } finally {
      restore();
    }
    expect(readFileSync(path.join(out, "csv", "nodes.csv"), "utf8")).toMatch(/^id,labels,name,nameEn,type/);
    expect(readFileSync(path.join(out, "csv", "edges.csv"), "utf8")).toMatch(/^id,source,target,type,count/);
    expect(checkXml(readFileSync(path.join(out, "graph.gexf"), "utf8")).problems).toEqual([]);
  });

  it.each([
    [["--format", "pdf"], /unknown format "pdf"/],
    [["--format", "json", "--types", "Planet"], /unknown entity type Planet/],
  ])("kg export %j is refused clearly", async (args, message) => {
    await expect(kgExport(args)).rejects.toThrow(message);
  });

  it("kg reset refuses without --yes and empties the graph with it", async () => {
    const restore = quiet();
    try {
      expect(await kgReset([])).toBe(2);
      expect(await countOf(db, "MATCH (n) RETURN count(n) AS n")).toBeGreaterThan(0);
      expect(await kgReset(["--yes"])).toBe(0);
    } finally {
      restore();
    }
    expect(await countOf(db, "MATCH (n) RETURN count(n) AS n")).toBe(0);
  });
});
