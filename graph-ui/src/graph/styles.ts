import type { EntityType, RelationType } from "../../../ingest/model.js";

export interface EntityStyle {
  type: EntityType;
  color: string;
}

/** Colour-blind-friendly (Okabe–Ito) so the legend stays readable for everyone. */
export const ENTITY_STYLES = [
  { type: "Person", color: "#0072B2" },
  { type: "Organization", color: "#E69F00" },
  { type: "Country", color: "#009E73" },
  { type: "City", color: "#CC79A7" },
  { type: "Location", color: "#56B4E9" },
] as const satisfies readonly EntityStyle[];

export const OTHER_NODE_COLOR = "#8a8a8a";

export interface RelationStyle {
  type: RelationType;
  color: string;
  /** Symmetric relations are drawn without arrows: their stored direction carries no meaning. */
  directed: boolean;
}

export const RELATION_STYLES = [
  { type: "MET", color: "#4477AA", directed: false },
  { type: "VISITED", color: "#66CCEE", directed: true },
  { type: "LEADS", color: "#228833", directed: true },
  { type: "MEMBER_OF", color: "#CCBB44", directed: true },
  { type: "PART_OF", color: "#BBBBBB", directed: true },
  { type: "LOCATED_IN", color: "#AAAAAA", directed: true },
  { type: "COOPERATES_WITH", color: "#117733", directed: false },
  { type: "FUNDED", color: "#DDAA33", directed: true },
  { type: "SUPPORTS", color: "#44AA99", directed: true },
  { type: "OPPOSES", color: "#EE6677", directed: true },
  { type: "SANCTIONED", color: "#AA3377", directed: true },
  { type: "ATTACKED", color: "#CC3311", directed: true },
  { type: "WITHDREW_FROM", color: "#882255", directed: true },
] as const satisfies readonly RelationStyle[];

export const OTHER_EDGE_COLOR = "#b0b0b0";

export function nodeColor(type: string): string {
  return ENTITY_STYLES.find((s) => s.type === type)?.color ?? OTHER_NODE_COLOR;
}

export function relationStyle(type: string): { color: string; directed: boolean } {
  return RELATION_STYLES.find((s) => s.type === type) ?? { color: OTHER_EDGE_COLOR, directed: true };
}

/** 12 distinct colours for Louvain communities; beyond that they repeat (still distinct neighbours). */
export const COMMUNITY_PALETTE = [
  "#4E79A7",
  "#F28E2B",
  "#E15759",
  "#76B7B2",
  "#59A14F",
  "#EDC948",
  "#B07AA1",
  "#FF9DA7",
  "#9C755F",
  "#BAB0AC",
  "#1F77B4",
  "#D62728",
] as const;
