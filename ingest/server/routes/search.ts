import { loadCypher } from "../../db/cypher-files.js";
import type { SearchHit } from "../../model.js";
import type { RouteModule } from "../context.js";
import { gazetteerIds } from "../search-lexicon.js";
import { luceneQuery, searchKey, topHits, type RawHit } from "../search-query.js";
import { loadWindow, parseWindow, WINDOW_QUERY, windowArticles } from "../window.js";
import { int } from "./shared.js";

export const searchRoutes: RouteModule = {
  name: "search",
  register(app, { db }) {
    app.get<{ Querystring: { q: string; limit: number; from?: string; to?: string } }>(
      "/api/search",
      {
        schema: {
          summary:
            "Entities by Arabic (normalisation-insensitive) or English name, prefixes included, ranked",
          tags: ["search"],
          querystring: {
            type: "object",
            required: ["q"],
            properties: {
              q: { type: "string", maxLength: 200 },
              limit: { type: "integer", minimum: 1, maximum: 100, default: 10 },
              ...WINDOW_QUERY,
            },
          },
        },
      },
      async (req): Promise<{ hits: SearchHit[] }> => {
        const { q, limit } = req.query;
        const range = parseWindow(req.query.from, req.query.to);
        const lucene = luceneQuery(q);
        if (lucene === null) return { hits: [] };
        // Fetch more than asked: re-ranking may promote an exact match from further down.
        const fetch = int(Math.min(limit * 5, 200));
        const ids = gazetteerIds(q);
        const [known, found] = await Promise.all([
          ids.length > 0 ? db.read<RawHit>(loadCypher("api/search-ids"), { ids }) : [],
          db.read<RawHit>(loadCypher("api/search"), { lucene, limit: fetch }),
        ]);
        let raw = [...known, ...found];
        if (raw.length === 0)
          raw = await db.read<RawHit>(loadCypher("api/search-prefix"), { key: searchKey(q), limit: fetch });
        const window = await loadWindow(db, range);
        if (window !== null) {
          const inside = await db.read<{ id: string }>(loadCypher("api/entities-in-window"), {
            ids: [...new Set(raw.map((h) => h.id))],
            articles: windowArticles(window),
          });
          const keep = new Set(inside.map((r) => r.id));
          raw = raw.filter((h) => keep.has(h.id));
        }
        const hits = topHits(q, raw, limit);
        return { hits };
      },
    );
  },
};
