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

/**
 * Colours for the largest Louvain communities, chosen away from every entity-type colour (a unit
 * test keeps them apart) so a community can never be read as a type. Smaller communities share
 * SMALL_COMMUNITY_COLOR.
 */
export const COMMUNITY_PALETTE = [
  "#E31A1C",
  "#6A3D9A",
  "#FFFF33",
  "#000000",
  "#B15928",
  "#66A61E",
  "#E7298A",
  "#1B1B7A",
  "#FDBF6F",
  "#8DD3C7",
] as const;

export const SMALL_COMMUNITY_COLOR = "#d4d4c8";

/** Communities are numbered by size: the largest get the palette, the rest one pale colour. */
export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community] ?? SMALL_COMMUNITY_COLOR;
}
