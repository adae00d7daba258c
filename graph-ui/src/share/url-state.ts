import { z } from "zod";
import { isRestricted } from "../selection/model.js";
import { DEFAULT_LABEL_DENSITY, EMPTY_NODE_VIEW } from "../state/reducer.js";
import type { AppState } from "../state/types.js";
import type { EncodedPositions } from "./positions.js";

/** The part of the state a share link carries (hover, highlights and path picking are transient). */
export type SharedState = Pick<
  AppState,
  | "labelLang"
  | "uiLang"
  | "sizeBy"
  | "colorBy"
  | "filters"
  | "selection"
  | "focus"
  | "query"
  | "camera"
  | "coMentions"
  | "timeWindow"
  | "nodeView"
  | "labelDensity"
  | "map"
>;

const nodeIds = z.array(z.string().max(500)).max(5000);

const finite = z.number().finite();
const sharedSchema = z.object({
  l: z.enum(["ar", "en"]),
  u: z.enum(["ar", "en"]),
  z: z.enum(["degree", "pagerank"]),
  k: z.enum(["type", "community"]),
  f: z.object({
    t: z.array(z.string().max(64)).max(50),
    r: z.array(z.string().max(64)).max(50),
    a: z.string().max(200).nullable(),
    d: z.number().int().min(0).max(10_000),
  }),
  s: z.union([
    z.object({ kind: z.literal("none") }),
    z.object({ kind: z.literal("node"), id: z.string().max(500) }),
    z.object({ kind: z.literal("edge"), id: z.string().max(1500) }),
  ]),
  e: z.union([
    z.object({ kind: z.literal("off") }),
    z.object({
      kind: z.literal("ego"),
      id: z.string().max(500),
      depth: z.union([z.literal(1), z.literal(2)]),
    }),
  ]),
  q: z.string().max(20_000),
  c: z.object({ x: finite, y: finite, ratio: finite.positive(), angle: finite }).nullable(),
  // Optional: links from before the co-mention layer existed stay valid.
  m: z.boolean().optional(),
  // A shown path (re-fetched by the receiver) and the node positions (share/positions.ts).
  pa: z.object({ f: z.string().max(500), t: z.string().max(500) }).optional(),
  p: z
    .object({
      h: z.string().max(16),
      b: z.tuple([finite, finite, finite, finite]),
      d: z
        .string()
        .regex(/^[A-Za-z0-9_-]*$/)
        .max(4 * 5000),
    })
    .optional(),
  // The timeline window; optional for the same reason.
  w: z
    .object({ f: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u), t: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u) })
    .optional(),
  // The hand-made node view (graph-ui/src/selection) and the label density; optional for the same reason.
  nv: z.object({ h: nodeIds, o: nodeIds.nullable(), p: nodeIds }).optional(),
  ld: z.number().int().min(1).max(5).optional(),
  // The map layout; optional for the same reason.
  g: z.boolean().optional(),
});

/** What a link carries beyond the state: the ends of a shown path and the positions. */
export interface SharedExtras {
  path?: { from: string; to: string };
  positions?: EncodedPositions;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(b64: string): string {
  const bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;

export function encodeState(s: SharedState, extras: SharedExtras = {}): string {
  const payload: z.infer<typeof sharedSchema> = {
    l: s.labelLang,
    u: s.uiLang,
    z: s.sizeBy,
    k: s.colorBy,
    f: {
      t: s.filters.hiddenTypes,
      r: s.filters.hiddenRelations,
      a: s.filters.article,
      d: s.filters.minDegree,
    },
    s: s.selection,
    e: s.focus,
    q: s.query,
    c: s.camera && {
      x: round(s.camera.x),
      y: round(s.camera.y),
      ratio: round(s.camera.ratio),
      angle: round(s.camera.angle),
    },
    ...(s.coMentions ? { m: true } : {}),
    ...(extras.path ? { pa: { f: extras.path.from, t: extras.path.to } } : {}),
    ...(extras.positions ? { p: extras.positions } : {}),
    ...(s.timeWindow ? { w: { f: s.timeWindow.from, t: s.timeWindow.to } } : {}),
    ...(isRestricted(s.nodeView) || s.nodeView.pinned.length > 0
      ? { nv: { h: s.nodeView.hidden, o: s.nodeView.only, p: s.nodeView.pinned } }
      : {}),
    ...(s.labelDensity !== DEFAULT_LABEL_DENSITY ? { ld: s.labelDensity } : {}),
    ...(s.map ? { g: true } : {}),
  };
  return `#v1=${toBase64Url(JSON.stringify(payload))}`;
}

export type DecodeResult =
  ({ ok: true; state: SharedState } & SharedExtras) | { ok: false; reason: string } | { ok: "empty" };

/** Never trusts the hash: a tampered or truncated link yields a reason, not a broken UI. */
export function decodeState(hash: string): DecodeResult {
  const m = /^#?v1=([A-Za-z0-9_-]*)$/.exec(hash);
  if (hash === "" || hash === "#") return { ok: "empty" };
  if (!m) return { ok: false, reason: "share link: unknown format (expected #v1=…)" };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(m[1] ?? ""));
  } catch {
    return { ok: false, reason: "share link: not valid encoded JSON (was it truncated?)" };
  }
  const parsed = sharedSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `share link: invalid field ${issue?.path.join(".") ?? "?"} (${issue?.message ?? ""})`,
    };
  }
  const p = parsed.data;
  return {
    ok: true,
    state: {
      labelLang: p.l,
      uiLang: p.u,
      sizeBy: p.z,
      colorBy: p.k,
      filters: { hiddenTypes: p.f.t, hiddenRelations: p.f.r, article: p.f.a, minDegree: p.f.d },
      selection: p.s,
      focus: p.e,
      query: p.q,
      camera: p.c,
      coMentions: p.m ?? false,
      timeWindow: p.w ? { from: p.w.f, to: p.w.t } : null,
      nodeView: p.nv ? { hidden: p.nv.h, only: p.nv.o, pinned: p.nv.p } : EMPTY_NODE_VIEW,
      labelDensity: p.ld ?? DEFAULT_LABEL_DENSITY,
      map: p.g ?? false,
    },
    ...(p.pa ? { path: { from: p.pa.f, to: p.pa.t } } : {}),
    ...(p.p ? { positions: p.p } : {}),
  };
}
