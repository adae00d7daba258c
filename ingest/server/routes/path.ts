import { loadCypher } from "../../db/cypher-files.js";
import { InputError, QueryTimeoutError } from "../../errors.js";
import type { GraphEdge, GraphNode, PathResult, PathStep } from "../../model.js";
import type { RouteModule } from "../context.js";
import { graphEdge } from "../graph-elements.js";
import { isQueryTimeout } from "../readonly.js";
import { edgeProperties } from "../../evidence.js";
import { loadWindow, parseWindow, WINDOW_QUERY, windowArticles } from "../window.js";
import { evidenceWithHighlights } from "./edges.js";
import { ALL_RELATIONS, int, listParam, nodeOf, type EvidencedEdgeRow, type NodeRow } from "./shared.js";

interface PathRow {
  nodes: NodeRow[];
  rels: EvidencedEdgeRow[];
}

export const pathRoutes: RouteModule = {
  name: "path",
  register(app, { db, config }) {
    app.get<{
      Querystring: {
        from: string;
        to: string;
        maxLength: number;
        relations?: string;
        limit: number;
        since?: string;
        until?: string;
      };
    }>(
      "/api/path",
      {
        schema: {
          summary: "All shortest paths between two entities, with the evidence on each step",
          tags: ["graph"],
          querystring: {
            type: "object",
            required: ["from", "to"],
            properties: {
              from: { type: "string", minLength: 1, maxLength: 500 },
              to: { type: "string", minLength: 1, maxLength: 500 },
              maxLength: { type: "integer", minimum: 1, maximum: 6, default: 6 },
              relations: { type: "string", description: "Comma-separated relation types" },
              limit: { type: "integer", minimum: 1, maximum: 100, default: 25 },
              // from/to are the two entities here, so the time window has its own names.
              since: { ...WINDOW_QUERY.from, description: "Window start, ISO date (inclusive)" },
              until: { ...WINDOW_QUERY.to, description: "Window end, ISO date (inclusive)" },
            },
          },
        },
      },
      async (req): Promise<PathResult> => {
        const { from, to, maxLength, limit } = req.query;
        if (from === to)
          throw new InputError("api: path needs two different entities (from and to are equal)");
        const relations = listParam(req.query.relations, ALL_RELATIONS, "relation type") ?? ALL_RELATIONS;
        const window = await loadWindow(
          db,
          parseWindow(req.query.since, req.query.until, { from: "since", to: "until" }),
        );
        const rows = await db
          .read<PathRow>(
            loadCypher("api/path"),
            {
              from,
              to,
              relations,
              articles: windowArticles(window),
              maxLength: int(maxLength),
              limit: int(limit),
            },
            { timeoutMs: config.cypherTimeoutMs },
          )
          .catch((err: unknown) => {
            if (isQueryTimeout(err)) {
              throw new QueryTimeoutError(
                `api: path search stopped after ${config.cypherTimeoutMs} ms (the time limit); try a lower maxLength or fewer relation types`,
                { cause: err },
              );
            }
            throw err;
          });
        const nodes = new Map<string, GraphNode>();
        const edges = new Map<string, GraphEdge>();
        const paths: PathResult["paths"] = [];
        for (const row of rows) {
          const pathNodes = row.nodes.map(nodeOf);
          for (const n of pathNodes) nodes.set(n.id, n);
          // Steps are independent: fetch their evidence highlights concurrently.
          const steps: PathStep[] = await Promise.all(
            row.rels.map(async (r, i): Promise<PathStep> => {
              // The path only follows relationships with evidence in the window, so this is never null.
              const props =
                edgeProperties(r.properties, r.evidence, { lists: true, windowed: window !== null }) ??
                r.properties;
              const edge = graphEdge(r.type, r.source, r.target, props);
              edges.set(edge.id, edge);
              return {
                from: pathNodes[i]?.id ?? r.source,
                to: pathNodes[i + 1]?.id ?? r.target,
                edge,
                evidence: await evidenceWithHighlights(db, r.evidence, [r.source, r.target]),
              };
            }),
          );
          paths.push({ nodes: pathNodes, steps });
        }
        return { paths, graph: { nodes: [...nodes.values()], edges: [...edges.values()] } };
      },
    );
  },
};
