import { describe, expect, it } from "vitest";
import {
  createGraph,
  edgeLabel,
  mergePayload,
  nodeLabel,
  relabel,
  seedPosition,
} from "../../../graph-ui/src/graph/build.js";
import { SEED_PAYLOAD } from "./fixtures.js";

describe("payload → graphology", () => {
  it("adds every node and edge with type colours and arrow/line by symmetry", () => {
    const g = createGraph();
    const r = mergePayload(g, SEED_PAYLOAD, "ar");
    expect(g.order).toBe(5);
    expect(g.size).toBe(4);
    expect(r.added).toHaveLength(5);
    expect(g.getNodeAttribute("person:biden", "label")).toBe("جو بايدن");
    expect(g.getNodeAttribute("person:biden", "aliases")).toEqual(["بايدن"]);
    expect(g.getEdgeAttribute("person:biden|MET|person:kadhimi", "type")).toBe("line");
    expect(g.getEdgeAttribute("person:biden|LEADS|country:us", "type")).toBe("arrow");
    expect(g.getNodeAttribute("person:biden", "color")).not.toBe(g.getNodeAttribute("country:us", "color"));
  });

  it("keeps positions of existing nodes on merge and reports only new ones", () => {
    const g = createGraph();
    mergePayload(g, SEED_PAYLOAD, "ar");
    g.setNodeAttribute("person:biden", "x", 42);
    const r = mergePayload(
      g,
      {
        nodes: [
          ...SEED_PAYLOAD.nodes,
          { id: "city:baghdad", labels: [], type: "City", name: "بغداد", nameEn: "Baghdad", properties: {} },
        ],
        edges: [],
      },
      "ar",
    );
    expect(r.added).toEqual(["city:baghdad"]);
    expect(g.getNodeAttribute("person:biden", "x")).toBe(42);
  });

  it("skips edges whose endpoints are not in the graph", () => {
    const g = createGraph();
    const r = mergePayload(g, { nodes: [], edges: SEED_PAYLOAD.edges }, "ar");
    expect(r.skippedEdges).toBe(4);
    expect(g.size).toBe(0);
  });

  it("relabels in English and falls back to the Arabic name", () => {
    const g = createGraph();
    mergePayload(g, SEED_PAYLOAD, "ar");
    relabel(g, "en");
    expect(g.getNodeAttribute("person:kadhimi", "label")).toBe("Mustafa al-Kadhimi");
    expect(nodeLabel("بغداد", "", "en")).toBe("بغداد");
  });

  it.each([
    ["MET", {}, "en", "met"],
    ["MET", {}, "ar", "التقى"],
    ["LEADS", { role: "President" }, "en", "leads · President"],
    // Roles are stored as the title lexicon's English gloss; Arabic labels use its Arabic.
    ["LEADS", { role: "President" }, "ar", "يقود · الرئيس"],
    ["LEADS", { role: "Grand Vizier" }, "ar", "يقود · Grand Vizier"],
    ["FUNDED", { amount: 1500000, currency: "USD" }, "en", "funded · 1,500,000 USD"],
  ] as const)("edge label %s %j in %s → %s", (type, props, lang, expected) => {
    expect(edgeLabel(type, props, lang)).toBe(expected);
  });

  it("relabel switches edge labels with node labels", () => {
    const g = createGraph();
    mergePayload(g, SEED_PAYLOAD, "en");
    const edge = g.edges().find((e) => g.getEdgeAttribute(e, "relType") === "LEADS");
    expect(edge).toBeDefined();
    relabel(g, "ar");
    expect(g.getEdgeAttribute(edge ?? "", "label")).toMatch(/^يقود/);
  });

  it("seed positions are deterministic per id", () => {
    expect(seedPosition("person:biden")).toEqual(seedPosition("person:biden"));
    expect(seedPosition("person:biden")).not.toEqual(seedPosition("person:kadhimi"));
  });
});
