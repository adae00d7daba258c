import type { KgGraph } from "../graph/build.js";

export type Positions = Record<string, [number, number]>;

const PREFIX = "rawabit:positions:v1:";
/** localStorage holds ~5 MB; beyond this many nodes positions are not worth the quota. */
const MAX_STORED = 20_000;

export function positionsKey(scope: string | null): string {
  return `${PREFIX}${scope ?? "all"}`;
}

export function snapshot(graph: KgGraph): Positions {
  const out: Positions = {};
  graph.forEachNode((id, a) => (out[id] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]));
  return out;
}

export function parsePositions(raw: string | null): Positions {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return {};
  const out: Positions = {};
  for (const [id, v] of Object.entries(data)) {
    if (Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === "number" && Number.isFinite(n))) {
      out[id] = [v[0] as number, v[1] as number];
    }
  }
  return out;
}

/** Returns how many nodes got a stored position (new nodes keep their seed position). */
export function applyPositions(graph: KgGraph, positions: Positions): number {
  let n = 0;
  graph.updateEachNodeAttributes((id, a) => {
    const p = positions[id];
    if (!p) return a;
    n++;
    return { ...a, x: p[0], y: p[1] };
  });
  return n;
}

export function savePositions(storage: Storage, scope: string | null, graph: KgGraph): void {
  if (graph.order > MAX_STORED) return;
  try {
    storage.setItem(positionsKey(scope), JSON.stringify(snapshot(graph)));
  } catch {
    // Quota exceeded or storage disabled: positions are a convenience, not data.
  }
}

export function loadPositions(storage: Storage, scope: string | null): Positions {
  try {
    return parsePositions(storage.getItem(positionsKey(scope)));
  } catch {
    return {};
  }
}
