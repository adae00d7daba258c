import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const sampleSchema = z.object({
  seed: z.number(),
  sample: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      source: z.string(),
      split: z.enum(["dev", "test", "fresh"]),
    }),
  ),
});
export type SampleEntry = z.infer<typeof sampleSchema>["sample"][number];

export const EVAL_NEWS_DIR = import.meta.dirname;

/** bench/eval-news/sample.json: which corpus articles are annotated, and their split. */
export function readSample(): SampleEntry[] {
  return sampleSchema.parse(JSON.parse(readFileSync(join(EVAL_NEWS_DIR, "sample.json"), "utf8"))).sample;
}
