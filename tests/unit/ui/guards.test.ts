import { describe, expect, it } from "vitest";
import {
  cypherResultSchema,
  entityDetailSchema,
  graphPayloadSchema,
  queriesSchema,
  searchSchema,
} from "../../../graph-ui/src/api/guards.js";
import { guardsFixture } from "./guards-fixture.js";
import { SEED_PAYLOAD } from "./fixtures.js";

describe("API payload guards", () => {
  it("accepts a graph payload and fills optional parts", () => {
    const r = graphPayloadSchema.safeParse({ nodes: [{ id: "x", type: "City", name: "بغداد" }], edges: [] });
    expect(r.success).toBe(true);
    if (r.success)
      expect(r.data.nodes[0]).toEqual({
        id: "x",
        labels: [],
        type: "City",
        name: "بغداد",
        nameEn: "",
        properties: {},
      });
    expect(graphPayloadSchema.safeParse(SEED_PAYLOAD).success).toBe(true);
  });

  it.each([
    [{ nodes: [{ type: "City" }], edges: [] }, "nodes.0.id"],
    [{ nodes: [], edges: [{ id: "e", type: "MET", source: 1, target: "b" }] }, "edges.0.source"],
    [{ nodes: "nope" }, "nodes"],
    [{ nodes: [{ id: "x", type: "City", properties: ["lat"] }], edges: [] }, "nodes.0.properties"],
    [
      { nodes: [], edges: [{ id: "e", type: "MET", source: "a", target: "b", properties: "x" }] },
      "edges.0.properties",
    ],
    [null, ""],
  ])("rejects %j at %s", (payload, path) => {
    const r = graphPayloadSchema.safeParse(payload);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path.join(".")).toBe(path);
  });

  it("accepts an entity detail with evidence", () => {
    const r = entityDetailSchema.safeParse({
      entity: SEED_PAYLOAD.nodes[0],
      relations: {
        MET: [
          {
            id: "person:biden|MET|person:kadhimi",
            type: "MET",
            direction: "out",
            other: {
              id: "person:kadhimi",
              name: "مصطفى الكاظمي",
              nameEn: "Mustafa al-Kadhimi",
              type: "Person",
            },
            properties: {},
            count: 1,
            evidence: [
              { articleId: "a:1", sentenceId: "a:1:1", sentence: "استقبل الرئيس", start: 0, end: 6 },
            ],
          },
        ],
      },
      statements: [],
      articles: [],
      mentions: [],
    });
    expect(r.success).toBe(true);
  });

  it("rejects a relation with an unknown direction", () => {
    const bad = {
      entity: SEED_PAYLOAD.nodes[0],
      relations: {
        MET: [
          {
            id: "e",
            type: "MET",
            direction: "sideways",
            other: { id: "o", name: "", nameEn: "", type: "Person" },
          },
        ],
      },
    };
    expect(entityDetailSchema.safeParse(bad).success).toBe(false);
  });

  it.each([
    [searchSchema, { hits: [{ id: "a", type: "Person", name: "بايدن", score: 1 }] }, true],
    [searchSchema, { hits: [{ id: "a" }] }, false],
    [queriesSchema, guardsFixture, true],
    [cypherResultSchema, { columns: ["n"], rows: [{ n: 1 }], truncated: false, elapsedMs: 3 }, true],
    [cypherResultSchema, { columns: "n", rows: [] }, false],
  ])("%#: validates replies", (schema, payload, ok) => {
    expect(schema.safeParse(payload).success).toBe(ok);
  });
});
