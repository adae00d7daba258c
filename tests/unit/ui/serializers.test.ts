import { describe, expect, it } from "vitest";
import { createGraph, mergePayload } from "../../../graph-ui/src/graph/build.js";
import { csvCell, EXPORTERS, toCsv, toGexf, toGraphml } from "../../../graph-ui/src/export/serializers.js";
import { formToParams } from "../../../graph-ui/src/library/params.js";
import { checkXml } from "../export/xml-check.js";
import { guardsFixture } from "./guards-fixture.js";
import { SEED_PAYLOAD } from "./fixtures.js";

const graph = () => {
  const g = createGraph();
  mergePayload(g, SEED_PAYLOAD, "ar");
  return g;
};

describe("exporters", () => {
  it("registers one exporter per format", () => {
    expect(EXPORTERS.map((e) => e.id).sort()).toEqual(["csv", "gexf", "graphml", "json"]);
  });

  it("GEXF has every node and edge and escapes XML", () => {
    const g = graph();
    g.setNodeAttribute("org:isis", "name", 'داعش <"&">');
    const [file] = toGexf(g);
    const { problems, elements } = checkXml(file?.body ?? "");
    expect(problems).toEqual([]);
    expect(elements[0]?.attrs).toMatchObject({ version: "1.3", xmlns: "http://gexf.net/1.3" });
    expect(elements.filter((e) => e.name === "node")).toHaveLength(5);
    const edges = elements.filter((e) => e.name === "edge");
    expect(edges).toHaveLength(4);
    expect(edges.some((e) => e.attrs.type === "undirected")).toBe(true);
    // Arabic and markup-like text come back verbatim once parsed.
    expect(elements.map((e) => e.attrs.label)).toContain('داعش <"&">');
    // Gephi reads the drawing: positions, sizes and colours; attributes are typed.
    expect(elements.filter((e) => e.name === "viz:position")).toHaveLength(5);
    expect(elements.find((e) => e.name === "viz:color")?.attrs).toMatchObject({
      r: expect.stringMatching(/^\d+$/),
    });
    const types = Object.fromEntries(
      elements.filter((e) => e.name === "attribute").map((e) => [e.attrs.title, e.attrs.type]),
    );
    expect(types).toMatchObject({ type: "string", nameEn: "string", count: "integer" });
  });

  it("GraphML declares keys and marks symmetric edges undirected", () => {
    const body = toGraphml(graph())[0]?.body ?? "";
    expect(body).toContain('<key id="n_name" for="node"');
    expect(body.match(/directed="false"/g)).toHaveLength(2);
  });

  it("CSV gives a nodes and an edges file with a BOM and quoted cells", () => {
    const [nodes, edges] = toCsv(graph());
    expect(nodes?.body.startsWith("\ufeffid,type,name")).toBe(true);
    expect(nodes?.body.split("\r\n").filter(Boolean)).toHaveLength(6);
    expect(edges?.body).toContain("person:biden|LEADS|country:us,person:biden,LEADS,country:us,1,president");
  });

  it("writes negative coordinates as plain numbers", () => {
    const g = graph();
    g.forEachNode((id) => g.mergeNodeAttributes(id, { x: -1.93, y: -0.5 }));
    const [nodes] = toCsv(g);
    const rows = (nodes?.body ?? "").split("\r\n").slice(1).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.endsWith(",-1.93,-0.5")).toBe(true);
  });

  it.each([
    ["plain", "plain"],
    ['a "quote", comma', '"a ""quote"", comma"'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    [null, ""],
    [["a", "b"], "a|b"],
    // Numbers are values, never formulas: a negative coordinate stays a number (issue 15, bug 11).
    [-1.93, "-1.93"],
    [0, "0"],
    [Number.NaN, ""],
    // Text that a spreadsheet would run is still neutralised.
    ["-1+cmd", "'-1+cmd"],
    ["+33 1 23", "'+33 1 23"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
  ])("csv cell %j → %s", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

describe("saved query form", () => {
  const specs = guardsFixture.queries[0]?.parameters ?? [];
  it("coerces typed fields and leaves empty optional ones to the server default", () => {
    expect(formToParams(specs, { entity: "", limit: "25", names: "بايدن، الكاظمي" })).toEqual({
      ok: true,
      params: { limit: 25, names: ["بايدن", "الكاظمي"] },
    });
  });

  it.each([
    [{ limit: "2.5" }, "limit", /whole number/],
    [{ limit: "" }, "limit", /required/],
  ])("rejects %j naming the parameter", (raw, name, message) => {
    const r = formToParams(specs, raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[name]).toMatch(message);
  });
});
