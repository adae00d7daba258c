import neo4j, { type Node, type Relationship } from "neo4j-driver";
import { toPlain } from "../db/driver.js";
import { RELATION_TYPES, type GraphEdge, type GraphNode, type GraphPayload } from "../model.js";

const ENTITY_RELATIONS = new Set<string>(RELATION_TYPES);
/** Matching keys are an index detail; the explorer never needs them. */
const HIDDEN_PROPERTIES = new Set(["searchKeys"]);

/** The id the explorer uses: `id` for Rawabit nodes (Entity, Article, ...), the element id otherwise. */
export function nodeId(elementId: string, props: Record<string, unknown>): string {
  return typeof props.id === "string" && props.id !== "" ? props.id : elementId;
}

export function graphNode(id: string, labels: string[], props: Record<string, unknown>): GraphNode {
  const visible = Object.fromEntries(Object.entries(props).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));
  const label = labels.find((l) => l !== "Entity") ?? labels[0] ?? "Node";
  const type = typeof props.type === "string" ? props.type : label;
  const name = firstString(props.name, props.title, props.text, id);
  return { id, labels, type, name: clip(name), nameEn: firstString(props.nameEn, ""), properties: visible };
}

/** Entity relations are one per (source, type, target), so that triple is a stable id. */
export function graphEdge(
  type: string,
  source: string,
  target: string,
  props: Record<string, unknown>,
  elementId?: string,
): GraphEdge {
  const id = ENTITY_RELATIONS.has(type) || !elementId ? `${source}|${type}|${target}` : elementId;
  return { id, type, source, target, properties: props };
}

export interface FoundElements {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
}

/** Every node, relationship and path anywhere inside the raw (driver) values of a row. */
export function findElements(value: unknown, found: FoundElements = emptyFound()): FoundElements {
  if (value === null || typeof value !== "object") return found;
  if (neo4j.isNode(value)) {
    found.nodes.set(value.elementId, value);
  } else if (neo4j.isRelationship(value)) {
    found.relationships.set(value.elementId, value);
  } else if (neo4j.isPath(value)) {
    found.nodes.set(value.start.elementId, value.start);
    for (const s of value.segments) {
      found.nodes.set(s.end.elementId, s.end);
      found.relationships.set(s.relationship.elementId, s.relationship);
    }
  } else if (Array.isArray(value)) {
    for (const v of value) findElements(v, found);
  } else if (!neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) findElements(v, found);
  }
  return found;
}

export function emptyFound(): FoundElements {
  return { nodes: new Map(), relationships: new Map() };
}

/** Relationships whose end nodes were not returned: the caller fetches those nodes by element id. */
export function missingEndpoints(found: FoundElements): string[] {
  const missing = new Set<string>();
  for (const r of found.relationships.values()) {
    for (const id of [r.startNodeElementId, r.endNodeElementId]) if (!found.nodes.has(id)) missing.add(id);
  }
  return [...missing];
}

/** Graph elements as explorer payload; relationships with unknown ends are dropped. */
export function toGraphPayload(found: FoundElements): GraphPayload {
  const ids = new Map<string, string>();
  const nodes: GraphNode[] = [];
  for (const n of found.nodes.values()) {
    const props = toPlain(n.properties) as Record<string, unknown>;
    const id = nodeId(n.elementId, props);
    ids.set(n.elementId, id);
    nodes.push(graphNode(id, [...n.labels], props));
  }
  const edges: GraphEdge[] = [];
  for (const r of found.relationships.values()) {
    const source = ids.get(r.startNodeElementId);
    const target = ids.get(r.endNodeElementId);
    if (source === undefined || target === undefined) continue;
    edges.push(
      graphEdge(r.type, source, target, toPlain(r.properties) as Record<string, unknown>, r.elementId),
    );
  }
  return { nodes, edges };
}

function firstString(...values: unknown[]): string {
  for (const v of values) if (typeof v === "string" && v !== "") return v;
  return "";
}

/** Sentences and statements can be long; a node label stays readable. */
function clip(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
