import { EDGE_FIRST, flatValue, kindOf, NODE_FIRST, propertyKeys, type ExportGraph } from "./graph.js";
import { escapeXml } from "./xml.js";

const GRAPHML_TYPE = { string: "string", double: "double", long: "long", boolean: "boolean" } as const;

interface Key {
  id: string;
  name: string;
}

function keys(
  domain: "node" | "edge",
  items: { properties: Record<string, unknown> }[],
  first: readonly string[],
): { keys: Key[]; lines: string[] } {
  const names = propertyKeys(items, first);
  const out: Key[] = [];
  const lines = names.map((name, i) => {
    const id = `${domain[0]}${i}`;
    out.push({ id, name });
    const kind = kindOf(items.map((item) => item.properties[name]));
    return `  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[kind]}"/>`;
  });
  return { keys: out, lines };
}

function data(props: Record<string, unknown>, list: Key[], indent: string): string[] {
  return list
    .filter((k) => props[k.name] !== undefined && props[k.name] !== null)
    .map((k) => `${indent}<data key="${k.id}">${escapeXml(flatValue(props[k.name]))}</data>`);
}

/** GraphML (graphml.graphdrawing.org) for yEd, Gephi, NetworkX; lists are JSON strings. */
export function toGraphml(graph: ExportGraph): string {
  const nodeKeys = keys("node", graph.nodes, NODE_FIRST);
  const edgeKeys = keys("edge", graph.edges, EDGE_FIRST);
  const labelsKey = "labels";
  const typeKey = "relation";
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="${labelsKey}" for="node" attr.name="labels" attr.type="string"/>`,
    `  <key id="${typeKey}" for="edge" attr.name="relation" attr.type="string"/>`,
    ...nodeKeys.lines,
    ...edgeKeys.lines,
    '  <graph id="rawabit" edgedefault="directed">',
  ];
  for (const node of graph.nodes) {
    out.push(`    <node id="${escapeXml(node.id)}">`);
    out.push(`      <data key="${labelsKey}">${escapeXml(node.labels.join(":"))}</data>`);
    out.push(...data(node.properties, nodeKeys.keys, "      "));
    out.push("    </node>");
  }
  for (const edge of graph.edges) {
    out.push(
      `    <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">`,
    );
    out.push(`      <data key="${typeKey}">${escapeXml(edge.type)}</data>`);
    out.push(...data(edge.properties, edgeKeys.keys, "      "));
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
