/** The exported graph: entities and the typed relationships between them, properties as plain JSON. */
export interface ExportNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ExportEdge {
  /** `${source}|${type}|${target}`, as the API's edge ids. */
  id: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export interface ExportGraph {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

export interface ExportFilter {
  types?: string[];
  relations?: string[];
  article?: string;
}

/** Columns in a stable order: the preferred ones first, then the rest alphabetically. */
export function propertyKeys(
  items: { properties: Record<string, unknown> }[],
  first: readonly string[],
): string[] {
  const seen = new Set<string>();
  for (const item of items) for (const key of Object.keys(item.properties)) seen.add(key);
  const rest = [...seen].filter((k) => !first.includes(k)).sort();
  return [...first.filter((k) => seen.has(k)), ...rest];
}

export type ScalarKind = "string" | "double" | "long" | "boolean";

/** One type per attribute for GraphML/GEXF: a key whose values disagree falls back to string. */
export function kindOf(values: unknown[]): ScalarKind {
  const present = values.filter((v) => v !== null && v !== undefined);
  if (present.length === 0) return "string";
  if (present.every((v) => typeof v === "boolean")) return "boolean";
  if (present.every((v) => typeof v === "number" && Number.isInteger(v))) return "long";
  if (present.every((v) => typeof v === "number")) return "double";
  return "string";
}

/** Lists (aliases, evidence) become JSON text in the flat formats, so nothing is lost or ambiguous. */
export function flatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export const NODE_FIRST = ["name", "nameEn", "type", "mentionCount", "articleCount", "aliases"] as const;
export const EDGE_FIRST = ["count", "confidence", "role", "amount", "currency", "status", "date"] as const;
