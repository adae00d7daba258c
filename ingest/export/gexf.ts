import Graph from "graphology";
import { write } from "graphology-gexf";
import { SYMMETRIC_RELATIONS, type RelationType } from "../model.js";
import { EDGE_FIRST, flatValue, NODE_FIRST, propertyKeys, type ExportGraph } from "./graph.js";
import { xmlText } from "./xml.js";

/**
 * Values as GEXF attvalues: lists (aliases, evidence) as JSON text, like the other flat formats
 * (graphology-gexf's own `liststring` joins with ", " and cannot tell a comma inside an item).
 */
function values(props: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of names) {
    const v = props[name];
    if (v === null || v === undefined) continue;
    out[name] = typeof v === "number" || typeof v === "boolean" ? v : xmlText(flatValue(v));
  }
  return out;
}

/**
 * GEXF 1.3 (Gephi, Gephi Lite) written by graphology-gexf: node label = Arabic name, typed
 * attributes (integer/long, double, boolean, string), symmetric relations undirected, weight = count.
 */
export function toGexf(graph: ExportGraph): string {
  const nodeNames = propertyKeys(graph.nodes, NODE_FIRST);
  const edgeNames = propertyKeys(graph.edges, EDGE_FIRST);
  const g = new Graph({ type: "mixed", multi: true });
  g.replaceAttributes({
    creator: "Rawabit",
    description: "Entities and relations extracted from Arabic news",
  });
  for (const node of graph.nodes) {
    const label = typeof node.properties.name === "string" ? node.properties.name : node.id;
    g.addNode(node.id, { label: xmlText(label), attributes: values(node.properties, nodeNames) });
  }
  for (const edge of graph.edges) {
    const attrs = {
      label: edge.type,
      attributes: values(edge.properties, edgeNames),
      ...(typeof edge.properties.count === "number" ? { weight: edge.properties.count } : {}),
    };
    if (SYMMETRIC_RELATIONS.includes(edge.type as RelationType)) {
      g.addUndirectedEdgeWithKey(edge.id, edge.source, edge.target, attrs);
    } else g.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, attrs);
  }
  const element = (_key: string, a: Record<string, unknown>) => a as { label: string };
  return `${write(g, { version: "1.3", pedantic: true, formatNode: element, formatEdge: element })}\n`;
}
