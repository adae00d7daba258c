import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, RELATION_TYPES } from "../../../ingest/model.js";
import { coerceParams, loadQueryLibrary, QUERIES_DIR } from "../../../ingest/queries/library.js";
import { stripLiterals } from "../../../ingest/server/readonly.js";

// Static checks of cypher/queries/*.cypher; the integration test runs them on the sample graph.
const library = loadQueryLibrary();
const byName = library.map((q) => [q.name, q] as const);
// The loader drops comment lines next to the header, so the block checks read the files themselves.
const fileText = (name: string): string => readFileSync(path.join(QUERIES_DIR, `${name}.cypher`), "utf8");

/** The entity-resolution block each query repeats so that every file can be pasted alone. */
function resolveBlocks(cypher: string): string[] {
  const lines = cypher.split("\n");
  const blocks: string[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*)\/\/ Resolve \$(\w+) /.exec(line);
    if (!m) return;
    const [, indent = "", param = ""] = m;
    const end = lines.findIndex((l, j) => j > i && l === `${indent}}`);
    const block = lines.slice(i, end + 1).map((l) => l.slice(indent.length));
    blocks.push(block.join("\n").replaceAll(`$${param}`, "$entity"));
  });
  return blocks;
}

describe("cypher/queries", () => {
  it("holds one file per query, named after it", () => {
    const files = readdirSync(QUERIES_DIR)
      .filter((f) => f.endsWith(".cypher"))
      .sort();
    expect(files).toEqual(library.map((q) => `${q.name}.cypher`).sort());
  });

  it.each(byName)(
    "%s: bilingual header, every parameter described with an example that validates",
    (_n, q) => {
      for (const text of [q.title, q.titleAr, q.description, q.descriptionAr])
        expect(text.length).toBeGreaterThan(3);
      expect(q.titleAr).toMatch(/\p{Script=Arabic}/u);
      expect(q.descriptionAr).toMatch(/\p{Script=Arabic}/u);
      for (const p of q.parameters) {
        expect(p.description, p.name).not.toBe("");
        if (p.required) expect(p.example, p.name).toBeDefined();
      }
      const examples = Object.fromEntries(q.parameters.map((p) => [p.name, p.example ?? null]));
      expect(() => coerceParams(q, examples)).not.toThrow();
    },
  );

  it.each(byName)("%s: uses exactly its declared parameters, never spliced values", (_n, q) => {
    const code = stripLiterals(q.cypher);
    const used = new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(q.parameters.map((p) => p.name).sort());
  });

  it.each(byName.filter(([, q]) => q.cypher.includes("{id: $")))(
    "%s: entity look-ups go through the shared resolution block",
    (_n, q) => {
      const byId = [...q.cypher.matchAll(/\{id: \$(\w+)\}/g)].map((m) => m[1]);
      const resolved = [...fileText(q.name).matchAll(/\/\/ Resolve \$(\w+) /g)].map((m) => m[1]);
      expect(byId.length).toBeGreaterThan(0);
      expect(resolved).toEqual(byId);
    },
  );

  // The log of corrections is dated by curation time, not by article dates (its doc comment says why).
  const WITHOUT_WINDOW = ["corrections"];

  it.each(byName)("%s: takes the time window of article dates unless it deliberately does not", (name, q) => {
    if (WITHOUT_WINDOW.includes(name)) {
      expect(q.window).toBeUndefined();
      expect(fileText(name)).toMatch(/No time window \(from\/to\), deliberately/);
      return;
    }
    expect(q.window, name).toBeDefined();
    const { from, to } = q.window ?? { from: "", to: "" };
    // Undated articles are in no window: each side compares the stored date and nothing else.
    expect(q.cypher).toContain(`($${from} IS NULL OR `);
    expect(q.cypher).toContain(`($${to} IS NULL OR left(`);
    expect(q.parameters.find((p) => p.name === from)?.example).toBe("2021-01-01");
  });

  it("every copy of the resolution block is identical (fix one, fix all)", () => {
    const blocks = library.flatMap((q) => resolveBlocks(fileText(q.name)));
    expect(blocks.length).toBeGreaterThan(10);
    expect(new Set(blocks).size).toBe(1);
  });

  it("relation and entity type lists (defaults and literal patterns) match the graph model", () => {
    for (const q of library) {
      for (const p of q.parameters) {
        if (p.name === "relations") expect(p.default, q.name).toEqual([...RELATION_TYPES]);
        if (p.name === "types") expect(p.default, q.name).toEqual([...ENTITY_TYPES]);
      }
      for (const m of q.cypher.matchAll(/\[r:([A-Z_|]+)\]/g)) {
        const types = (m[1] ?? "").split("|");
        if (types.length > 2) expect(types, q.name).toEqual([...RELATION_TYPES]);
        else for (const t of types) expect(RELATION_TYPES as readonly string[], q.name).toContain(t);
      }
    }
  });
});
