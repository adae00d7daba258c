import type { MessageKey } from "../i18n/dict.js";

/**
 * How a relationship was curated, from the marks the API returns with it (`manual`, `reviewed`:
 * ingest/curation/store.ts): added by hand, confirmed by an analyst, or as extracted.
 */
export type CurationMark = "manual" | "reviewed" | null;

export function curationMark(p: Record<string, unknown>): CurationMark {
  if (p.manual === true) return "manual";
  if (p.reviewed === true) return "reviewed";
  return null;
}

/** Manual edges get their own colour (type colours stay for the rest); curated ones are drawn thicker. */
export const CURATION_STYLES = [
  { mark: "manual", color: "#111111", extraSize: 1.5, label: "curManual" },
  { mark: "reviewed", color: null, extraSize: 1.5, label: "curReviewed" },
] as const satisfies readonly {
  mark: Exclude<CurationMark, null>;
  color: string | null;
  extraSize: number;
  label: MessageKey;
}[];

export function curationStyle(mark: CurationMark) {
  return CURATION_STYLES.find((s) => s.mark === mark) ?? null;
}
