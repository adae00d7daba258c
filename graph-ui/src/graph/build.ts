import Graph from "graphology";
import type { GraphEdge, GraphNode, GraphPayload } from "../../../ingest/model.js";
import { curationMark, curationStyle, type CurationMark } from "../curation/marks.js";
import { roleName } from "../i18n/roles.js";
import { typeName } from "../i18n/index.js";
import { isCoMention } from "./co-mentions.js";
import { nodeColor, relationStyle } from "./styles.js";

export interface NodeAttrs {
  label: string;
  name: string;
  nameEn: string;
  entityType: string;
  x: number;
  y: number;
  size: number;
  color: string;
  aliases: string[];
  articleIds: string[];
  mentionCount: number;
  degree: number;
  community?: number;
  /** Places' coordinates (entity properties from the place gazetteer): the map layout's input. */
  lat?: number;
  lon?: number;
  /** Pinned (graph-ui/src/selection/pins.ts): ForceAtlas2 reads this and leaves the node where it is. */
  fixed?: boolean;
}

export interface EdgeAttrs {
  relType: string;
  label: string;
  color: string;
  size: number;
  /** Sigma program: arrow (directed), line (symmetric), dashed (the co-mention layer). */
  type: "arrow" | "line" | "dashed";
  count: number;
  role: string | null;
  amount: number | null;
  currency: string | null;
  articleIds: string[];
  /** Relations only: added by hand or confirmed by an analyst (issue 16); drawn distinctly. */
  curation?: CurationMark;
  /** Co-mention edges only: how many articles the shared sentences come from. */
  articles?: number;
  /** Relations only: the curve that keeps it apart from others between the same two entities (render/parallel-edges.ts). */
  curvature?: number;
}

export type KgGraph = Graph<NodeAttrs, EdgeAttrs>;

export function createGraph(): KgGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed", allowSelfLoops: true });
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];

/** Deterministic seed position from the id, so a fresh graph looks the same on every load before layout. */
export function seedPosition(id: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  const a = ((h >>> 0) % 3600) / 3600;
  const r = (((h >>> 12) % 1000) / 1000) * 0.9 + 0.1;
  return { x: Math.cos(a * 2 * Math.PI) * r * 100, y: Math.sin(a * 2 * Math.PI) * r * 100 };
}

export type LabelLang = "ar" | "en";

export function nodeLabel(name: string, nameEn: string, lang: LabelLang): string {
  return lang === "en" ? nameEn || name : name || nameEn;
}

export function nodeAttributes(n: GraphNode, lang: LabelLang): NodeAttrs {
  const p = n.properties;
  const pos = seedPosition(n.id);
  return {
    label: nodeLabel(n.name, n.nameEn, lang),
    name: n.name,
    nameEn: n.nameEn,
    entityType: n.type,
    x: pos.x,
    y: pos.y,
    size: 4,
    color: nodeColor(n.type),
    aliases: strs(p.aliases),
    articleIds: strs(p.articleIds),
    mentionCount: num(p.mentionCount) ?? 0,
    degree: num(p.degree) ?? 0,
    ...coordinates(p),
  };
}

function coordinates(p: Record<string, unknown>): { lat?: number; lon?: number } {
  const lat = num(p.lat);
  const lon = num(p.lon);
  return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { lat, lon } : {};
}

/** Edge label in the label language: "leads · President" / "يقود · الرئيس" — only the parts the relation has. */
export function edgeLabel(type: string, p: Record<string, unknown>, lang: LabelLang): string {
  const amount = num(p.amount);
  const role = str(p.role);
  const parts = [
    typeName(lang, type),
    role === null ? null : roleName(lang, role),
    amount !== null ? `${amount.toLocaleString("en")} ${str(p.currency) ?? ""}`.trim() : null,
  ];
  return parts.filter((x): x is string => x !== null).join(" · ");
}

export function edgeAttributes(e: GraphEdge, lang: LabelLang): EdgeAttrs {
  const p = e.properties;
  const style = relationStyle(e.type);
  const mark = curationMark(p);
  const curated = curationStyle(mark);
  return {
    relType: e.type,
    label: edgeLabel(e.type, p, lang),
    color: curated?.color ?? style.color,
    size: Math.min(1 + Math.log2(1 + (num(p.count) ?? 1)), 5) + (curated?.extraSize ?? 0),
    type: style.directed ? "arrow" : "line",
    count: num(p.count) ?? 1,
    role: str(p.role),
    amount: num(p.amount),
    currency: str(p.currency),
    articleIds: strs(p.articleIds),
    curation: mark,
  };
}

/**
 * Merge a payload into the graph: new nodes get seed positions, existing nodes keep theirs (the
 * layout owns positions). Edges whose endpoints are missing are skipped and counted.
 */
export function mergePayload(
  graph: KgGraph,
  payload: GraphPayload,
  lang: LabelLang,
): { added: string[]; skippedEdges: number } {
  const added: string[] = [];
  for (const n of payload.nodes) {
    if (graph.hasNode(n.id)) {
      const { x: _x, y: _y, size: _size, community: _c, ...rest } = nodeAttributes(n, lang);
      graph.mergeNodeAttributes(n.id, rest);
    } else {
      graph.addNode(n.id, nodeAttributes(n, lang));
      added.push(n.id);
    }
  }
  let skippedEdges = 0;
  for (const e of payload.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) {
      skippedEdges++;
      continue;
    }
    if (graph.hasEdge(e.id)) graph.mergeEdgeAttributes(e.id, edgeAttributes(e, lang));
    else graph.addEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e, lang));
  }
  return { added, skippedEdges };
}

export function relabel(graph: KgGraph, lang: LabelLang): void {
  graph.updateEachNodeAttributes((_id, a) => ({ ...a, label: nodeLabel(a.name, a.nameEn, lang) }));
  graph.updateEachEdgeAttributes((_id, a) =>
    isCoMention(a)
      ? a
      : {
          ...a,
          label: edgeLabel(a.relType, { role: a.role, amount: a.amount, currency: a.currency }, lang),
        },
  );
}
