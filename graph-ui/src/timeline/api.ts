import { z } from "zod";
import type { TimelinePayload } from "../../../ingest/model.js";
import { request } from "../api/client.js";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const timelineSchema = z.object({
  bucket: z.enum(["day", "week", "month"]),
  bins: z.array(z.object({ start: day, articles: z.number(), evidence: z.number().optional() })),
  undated: z.number(),
}) satisfies z.ZodType<TimelinePayload, z.ZodTypeDef, unknown>;

const articleDatesSchema = z.object({ articles: z.array(z.tuple([z.string(), z.string()])) });

export type Bucket = TimelinePayload["bucket"] | "auto";

export const timelineApi = {
  /** The histogram; `of` adds the evidence of one entity or edge per bin. */
  histogram: (bucket: Bucket, of: { entity?: string; edge?: string } = {}) => {
    const p = new URLSearchParams({ bucket });
    if (of.entity) p.set("entity", of.entity);
    if (of.edge) p.set("edge", of.edge);
    return request(timelineSchema, `timeline?${p.toString()}`);
  },
  articleDates: async (): Promise<Map<string, string>> =>
    new Map((await request(articleDatesSchema, "timeline/articles")).articles),
};
