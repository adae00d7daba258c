import { loadCypher } from "../../db/cypher-files.js";
import type { Database } from "../../db/driver.js";
import { NotFoundError } from "../../errors.js";
import { TIME_BUCKETS, type TimeBucket, type TimelinePayload } from "../../model.js";
import { autoBucket, binDays } from "../buckets.js";
import type { RouteModule } from "../context.js";
import { parseWindow, WINDOW_QUERY, type WindowRange } from "../window.js";
import type { EvidenceRow } from "../../evidence.js";
import { parseEdgeId } from "./edges.js";
import { ALL_RELATIONS } from "./shared.js";

interface TimelineQuery {
  bucket: TimeBucket | "auto";
  from?: string;
  to?: string;
  entity?: string;
  edge?: string;
}

const ALL_TIME: WindowRange = { from: "0000-01-01", until: "9999-12-31T23:59:59Z" };

/** Evidence sentences of one relationship per day, inside the window. */
async function edgeDays(db: Database, id: string, range: WindowRange): Promise<Map<string, number>> {
  const { source, type, target } = parseEdgeId(id);
  const [row] = await db.read<{ evidence: EvidenceRow[] }>(loadCypher("api/edge"), {
    source,
    type,
    target,
    // All its evidence: the window is cut below, by date, with the bins' own bounds.
    articles: null,
  });
  if (!row) throw new NotFoundError(`api: no relationship "${id}"`);
  const days = new Map<string, number>();
  for (const e of row.evidence) {
    const date = e.publishedAt;
    if (!date || date < range.from || date >= range.until) continue;
    const day = date.slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + e.sentenceIds.length);
  }
  return days;
}

async function entityDays(db: Database, id: string, range: WindowRange): Promise<Map<string, number>> {
  const found = await db.read<{ id: string }>(loadCypher("api/entity"), {
    id,
    relations: ALL_RELATIONS,
    articles: null,
  });
  if (found.length === 0) throw new NotFoundError(`api: no entity with id "${id}"`);
  const rows = await db.read<{ day: string; n: number }>(loadCypher("api/timeline-entity"), {
    entity: id,
    ...range,
  });
  return new Map(rows.map((r) => [r.day, r.n]));
}

export const timelineRoutes: RouteModule = {
  name: "timeline",
  register(app, { db }) {
    app.get<{ Querystring: TimelineQuery }>(
      "/api/timeline",
      {
        schema: {
          summary:
            "Histogram of dated articles per day, week or month (and of one entity's or edge's evidence), for the timeline",
          tags: ["graph"],
          querystring: {
            type: "object",
            properties: {
              bucket: { type: "string", enum: [...TIME_BUCKETS, "auto"], default: "auto" },
              entity: {
                type: "string",
                minLength: 1,
                maxLength: 500,
                description: "Also count this entity's articles",
              },
              edge: {
                type: "string",
                minLength: 3,
                maxLength: 1000,
                description: "Also count this edge's evidence",
              },
              ...WINDOW_QUERY,
            },
          },
        },
      },
      async (req): Promise<TimelinePayload> => {
        const q = req.query;
        const range = parseWindow(q.from, q.to) ?? ALL_TIME;
        const [days, undated, evidence] = await Promise.all([
          db.read<{ day: string; articles: number }>(loadCypher("api/timeline-days"), { ...range }),
          db.read<{ undated: number }>(loadCypher("api/articles-undated"), {}),
          q.edge !== undefined
            ? edgeDays(db, q.edge, range)
            : q.entity !== undefined
              ? entityDays(db, q.entity, range)
              : undefined,
        ]);
        const first = days[0]?.day;
        const last = days[days.length - 1]?.day;
        const bucket = q.bucket !== "auto" ? q.bucket : first && last ? autoBucket(first, last) : "day";
        return { bucket, bins: binDays(days, bucket, evidence), undated: undated[0]?.undated ?? 0 };
      },
    );

    app.get(
      "/api/timeline/articles",
      {
        schema: {
          summary:
            "Every dated article as [id, publishedAt], oldest first: the explorer windows the graph with these (edges carry articleIds)",
          tags: ["graph"],
        },
      },
      async (): Promise<{ articles: [string, string][] }> => {
        const rows = await db.read<{ id: string; publishedAt: string }>(loadCypher("api/window-articles"), {
          ...ALL_TIME,
        });
        const articles = rows.map((r): [string, string] => [r.id, r.publishedAt]);
        return { articles: articles.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)) };
      },
    );
  },
};
