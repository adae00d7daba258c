import { describe, expect, it } from "vitest";
import { csvField, edgeListCsv, edgesCsv, nodesCsv } from "../../../ingest/export/csv.js";
import { toGexf } from "../../../ingest/export/gexf.js";
import type { ExportGraph } from "../../../ingest/export/graph.js";
import { toGraphml } from "../../../ingest/export/graphml.js";
import { EXPORTERS, exporterFor, serialise, validateFilter } from "../../../ingest/export/index.js";
import { escapeXml } from "../../../ingest/export/xml.js";
import { checkXml } from "./xml-check.js";

/** Names that look like markup, Cypher, CSV and JSON syntax must come out as the same plain text. */
const HOSTILE = `<b>"x" & 'y'</b>, MATCH (n) DETACH DELETE n; //\n]]>`;

const graph: ExportGraph = {
  nodes: [
    {
      id: "person:joe-biden",
      labels: ["Entity", "Person"],
      properties: {
        name: "جو بايدن",
        nameEn: "Joe Biden",
        type: "Person",
        mentionCount: 3,
        articleCount: 2,
        aliases: ["بايدن"],
      },
    },
    {
      id: "person:hostile",
      labels: ["Entity", "Person"],
      properties: {
        name: HOSTILE,
        nameEn: "a,b",
        type: "Person",
        mentionCount: 1,
        articleCount: 1,
        aliases: [],
      },
    },
    {
      id: "country:iraq",
      labels: ["Entity", "Country"],
      properties: { name: "العراق", nameEn: "Iraq", type: "Country" },
    },
  ],
  edges: [
    {
      id: "person:hostile|MET|person:joe-biden",
      source: "person:hostile",
      target: "person:joe-biden",
      type: "MET",
      properties: { count: 2, confidence: 0.8, evidence: ['جملة "أولى"', "جملة, ثانية"], role: null },
    },
    {
      id: "person:joe-biden|VISITED|country:iraq",
      source: "person:joe-biden",
      target: "country:iraq",
      type: "VISITED",
      properties: { count: 1, confidence: 0.5, amount: 1.5 },
    },
  ],
};

describe("escapeXml", () => {
  it.each([
    [`a < b & "c" > 'd'`, "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;"],
    ["سطر\nسطر", "سطر&#10;سطر"],
    ["bell\u0007 and lone \uD800 surrogate", "bell and lone  surrogate"],
    ["emoji 😀 kept", "emoji 😀 kept"],
  ])("%j", (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe.each([
  ["GraphML", toGraphml, "graphml", "node", "edge"],
  ["GEXF", toGexf, "gexf", "node", "edge"],
] as const)("%s", (_name, serialiser, root, nodeTag, edgeTag) => {
  const xml = serialiser(graph);
  const { problems, elements } = checkXml(xml);

  it("is well-formed XML with one root", () => {
    expect(problems).toEqual([]);
    expect(elements[0]?.name).toBe(root);
  });

  it("has every node and edge with its endpoints", () => {
    expect(elements.filter((e) => e.name === nodeTag).map((e) => e.attrs.id)).toEqual(
      graph.nodes.map((n) => n.id),
    );
    const edges = elements.filter((e) => e.name === edgeTag);
    expect(edges.map((e) => [e.attrs.source, e.attrs.target])).toEqual(
      graph.edges.map((e) => [e.source, e.target]),
    );
  });

  it("returns hostile names verbatim after unescaping", () => {
    const values = elements.flatMap((e) => [e.text, ...Object.values(e.attrs)]);
    expect(values).toContain(HOSTILE);
    expect(values).toContain(JSON.stringify(['جملة "أولى"', "جملة, ثانية"]));
  });
});

describe("GEXF specifics", () => {
  it("is GEXF 1.3 with its namespace and Rawabit as creator", () => {
    const { elements } = checkXml(toGexf(graph));
    expect(elements[0]?.attrs).toMatchObject({ version: "1.3", xmlns: "http://gexf.net/1.3" });
    expect(elements.find((e) => e.name === "creator")?.text).toBe("Rawabit");
  });

  it("labels nodes with the Arabic name, weights edges by count, and marks MET undirected", () => {
    const { elements } = checkXml(toGexf(graph));
    expect(elements.find((e) => e.name === "node")?.attrs.label).toBe("جو بايدن");
    const [met, visited] = elements.filter((e) => e.name === "edge");
    expect(met?.attrs).toMatchObject({ label: "MET", type: "undirected", weight: "2" });
    expect(visited?.attrs.type).toBeUndefined();
    const types = Object.fromEntries(
      elements.filter((e) => e.name === "attribute").map((e) => [e.attrs.title, e.attrs.type]),
    );
    // graphology-gexf's GEXF 1.3 types: integer for 32-bit whole numbers (long beyond).
    expect(types).toMatchObject({
      mentionCount: "integer",
      confidence: "double",
      amount: "double",
      name: "string",
    });
  });
});

/** RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += ch;
    }
  }
  return rows;
}

describe("CSV", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
  ])("quotes %j as %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("round-trips nodes, edges and the one-file edge list", () => {
    const nodes = parseCsv(nodesCsv(graph));
    expect(nodes[0]?.slice(0, 4)).toEqual(["id", "labels", "name", "nameEn"]);
    expect(nodes.find((r) => r[0] === "person:hostile")?.[2]).toBe(HOSTILE);
    expect(nodes).toHaveLength(graph.nodes.length + 1);
    const edges = parseCsv(edgesCsv(graph));
    expect(edges[0]?.slice(0, 5)).toEqual(["id", "source", "target", "type", "count"]);
    expect(edges[1]?.[edges[0]?.indexOf("evidence") ?? -1]).toBe(
      JSON.stringify(['جملة "أولى"', "جملة, ثانية"]),
    );
    const list = parseCsv(edgeListCsv(graph));
    expect(list[1]?.slice(0, 7)).toEqual([
      "person:hostile",
      HOSTILE,
      "Person",
      "MET",
      "person:joe-biden",
      "جو بايدن",
      "Person",
    ]);
  });
});

describe("exporters registry", () => {
  it("serialises JSON that parses back to the same graph", () => {
    const result = serialise(graph, exporterFor("json"));
    expect(JSON.parse(result.body)).toEqual({
      format: "rawabit-graph",
      version: 1,
      ...JSON.parse(JSON.stringify(graph)),
    });
  });

  it("writes nodes.csv and edges.csv for a folder and the edge list as the single body", () => {
    const result = serialise(graph, exporterFor("csv"));
    expect(result.files.map((f) => f.name)).toEqual(["nodes.csv", "edges.csv"]);
    expect(result.body).toBe(edgeListCsv(graph));
  });

  it.each(EXPORTERS.map((e) => e.format))("%s has a content type and file name", (format) => {
    const result = serialise(graph, exporterFor(format));
    expect(result.filename).toBe(`rawabit-graph.${format}`);
    expect(result.contentType).toMatch(/charset=utf-8/);
  });

  it.each([
    [() => exporterFor("pdf"), /unknown format "pdf"/],
    [() => validateFilter({ types: ["Person", "Planet"] }), /unknown entity type Planet/],
    [() => validateFilter({ relations: ["LIKES"] }), /unknown relation type LIKES/],
  ])("rejects bad options clearly (%#)", (call, message) => {
    expect(call).toThrow(message);
  });
});

describe("the XML check itself", () => {
  it.each([
    ["<a><b></a>", /closes/],
    ['<a x="1 < 2"/>', /unescaped attribute/],
    ["<a>fish & chips</a>", /unescaped text/],
    ["<a/><b/>", /one root/],
    ["<a>", /unclosed/],
  ])("flags %j", (xml, problem) => {
    expect(checkXml(xml).problems.join("\n")).toMatch(problem);
  });
});
