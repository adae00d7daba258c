import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../../ingest/config.js";
import { RELATION_TYPES } from "../../../ingest/model.js";

/**
 * Queries that walk entity relations spell the relation vocabulary out in their patterns
 * (`-[r:MET|VISITED|...]-`) so that Neo4j reads only those relationship groups of an entity, not
 * its MENTIONS. A Cypher file cannot import the vocabulary, so this keeps every such list in step
 * with ingest/model.ts: a type added there fails here until each query knows it.
 */
const CYPHER_DIR = path.join(ROOT_DIR, "cypher");

function cypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? cypherFiles(path.join(dir, d.name))
      : d.name.endsWith(".cypher")
        ? [path.join(dir, d.name)]
        : [],
  );
}

/** Every relationship-type alternation in a query's patterns (comments left out). */
function typeUnions(text: string): string[][] {
  const code = text
    .split("\n")
    .map((line) => line.replace(/\/\/.*$/, ""))
    .join("\n");
  return [...code.matchAll(/\[\w*:([A-Z_]+(?:\|[A-Z_]+)+)/g)].map((m) => (m[1] as string).split("|"));
}

const unions = cypherFiles(CYPHER_DIR).flatMap((file) =>
  typeUnions(readFileSync(file, "utf8")).map((types, i) => ({
    where: `${path.relative(ROOT_DIR, file)} #${i + 1}`,
    types,
  })),
);

describe("relation vocabulary in Cypher patterns", () => {
  it("is spelled out in the queries that walk entity relations", () => {
    const files = new Set(unions.map((u) => u.where.replace(/ #\d+$/, "")));
    expect([...files].sort()).toEqual(
      expect.arrayContaining([
        "cypher/api/entity-relations.cypher",
        "cypher/api/entity.cypher",
        "cypher/api/graph-nodes-article.cypher",
        "cypher/api/graph-nodes.cypher",
        "cypher/api/neighbors.cypher",
        "cypher/api/path.cypher",
        "cypher/queries/ego-network.cypher",
        "cypher/queries/shortest-paths.cypher",
      ]),
    );
  });

  it.each(unions)("$where lists exactly ingest/model.ts's RELATION_TYPES", ({ types }) => {
    expect([...types].sort()).toEqual([...RELATION_TYPES].sort());
  });

  it("finds a union that lacks a type (the check itself can fail)", () => {
    const [short] = typeUnions("MATCH (a)-[r:MET|VISITED]-(b) // (a)-[x:NOT|COUNTED]-(b)");
    expect(short).toEqual(["MET", "VISITED"]);
    expect(short?.sort()).not.toEqual([...RELATION_TYPES].sort());
  });
});
