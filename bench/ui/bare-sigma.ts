// The baseline page for bench:ui: the same graph in sigma alone (graphology + sigma, default
// settings, no reducers beyond a hover highlight), so the explorer's cost over bare sigma shows.
import Graph from "graphology";
import Sigma from "sigma";

interface Payload {
  nodes: { id: string; name: string; type: string; properties: { x?: number; y?: number } }[];
  edges: { id: string; source: string; target: string }[];
}

const COLORS: Record<string, string> = {
  Person: "#0072B2",
  Organization: "#E69F00",
  Country: "#009E73",
  City: "#CC79A7",
  Location: "#56B4E9",
};

async function main(): Promise<void> {
  performance.mark("rawabit:graph-request");
  const payload = (await (await fetch("/api/graph")).json()) as Payload;
  performance.mark("rawabit:graph-data");
  const graph = new Graph({ multi: true });
  for (const n of payload.nodes)
    graph.addNode(n.id, {
      label: n.name,
      x: n.properties.x ?? 0,
      y: n.properties.y ?? 0,
      size: 4,
      color: COLORS[n.type] ?? "#8a8a8a",
    });
  for (const e of payload.edges)
    if (graph.hasNode(e.source) && graph.hasNode(e.target)) graph.addEdgeWithKey(e.id, e.source, e.target);
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", 3 + Math.sqrt(graph.degree(id))));
  let hovered: string | null = null;
  const container = document.getElementById("sigma");
  if (!container) throw new Error("bare sigma: #sigma missing");
  const sigma = new Sigma(graph, container, {
    nodeReducer: (id, a) =>
      hovered && id !== hovered && !graph.areNeighbors(id, hovered) ? { ...a, color: "#e4e4e4" } : a,
  });
  requestAnimationFrame(() => performance.mark("rawabit:graph-painted"));
  Object.assign(window, {
    bare: {
      sigma,
      hover(id: string | null) {
        hovered = id;
        sigma.refresh({ skipIndexation: true });
      },
    },
  });
}

void main();
