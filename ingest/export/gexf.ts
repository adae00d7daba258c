import { SYMMETRIC_RELATIONS, type RelationType } from "../model.js";
import { EDGE_FIRST, flatValue, kindOf, NODE_FIRST, propertyKeys, type ExportGraph } from "./graph.js";
import { escapeXml } from "./xml.js";

const GEXF_TYPE = { string: "string", double: "double", long: "long", boolean: "boolean" } as const;

function attributes(
  cls: "node" | "edge",
  items: { properties: Record<string, unknown> }[],
  first: readonly string[],
): { names: string[]; lines: string[] } {
  const names = propertyKeys(items, first);
  const lines = [
    `    <attributes class="${cls}" mode="static">`,
    ...names.map((name, i) => {
      const kind = kindOf(items.map((item) => item.properties[name]));
      return `      <attribute id="${i}" title="${escapeXml(name)}" type="${GEXF_TYPE[kind]}"/>`;
    }),
    "    </attributes>",
  ];
  return { names, lines };
}

function attvalues(props: Record<string, unknown>, names: string[]): string[] {
  const values = names
    .map((name, i) => ({ i, value: props[name] }))
    .filter((a) => a.value !== null && a.value !== undefined)
    .map((a) => `          <attvalue for="${a.i}" value="${escapeXml(flatValue(a.value))}"/>`);
  return values.length === 0 ? [] : ["        <attvalues>", ...values, "        </attvalues>"];
}

/** GEXF 1.3 (Gephi, Gephi Lite): node label = Arabic name; symmetric relations are undirected edges. */
export function toGexf(graph: ExportGraph): string {
  const nodeAttrs = attributes("node", graph.nodes, NODE_FIRST);
  const edgeAttrs = attributes("edge", graph.edges, EDGE_FIRST);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    "  <meta><creator>Rawabit</creator><description>Entities and relations extracted from Arabic news</description></meta>",
    '  <graph defaultedgetype="directed" mode="static">',
    ...nodeAttrs.lines,
    ...edgeAttrs.lines,
    "    <nodes>",
  ];
  for (const node of graph.nodes) {
    const label = typeof node.properties.name === "string" ? node.properties.name : node.id;
    out.push(`      <node id="${escapeXml(node.id)}" label="${escapeXml(label)}">`);
    out.push(...attvalues(node.properties, nodeAttrs.names));
    out.push("      </node>");
  }
  out.push("    </nodes>", "    <edges>");
  for (const edge of graph.edges) {
    const undirected = SYMMETRIC_RELATIONS.includes(edge.type as RelationType);
    const weight = typeof edge.properties.count === "number" ? ` weight="${edge.properties.count}"` : "";
    out.push(
      `      <edge id="${escapeXml(edge.id)}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" ` +
        `label="${escapeXml(edge.type)}"${undirected ? ' type="undirected"' : ""}${weight}>`,
    );
    out.push(...attvalues(edge.properties, edgeAttrs.names));
    out.push("      </edge>");
  }
  out.push("    </edges>", "  </graph>", "</gexf>", "");
  return out.join("\n");
}
