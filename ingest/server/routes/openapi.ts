import type { RouteOptions } from "fastify";
import type { RouteModule } from "../context.js";

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema & { description?: string }>;
  required?: string[];
  summary?: string;
  tags?: string[];
  hide?: boolean;
  [key: string]: unknown;
}

interface CollectedRoute {
  method: string;
  url: string;
  schema: JsonSchema & { querystring?: JsonSchema; params?: JsonSchema; body?: JsonSchema };
}

const errorSchema = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" } },
};

/** Bodies that Fastify does not validate by schema (they accept more than one content type). */
const REQUEST_BODIES: Record<string, unknown> = {
  "POST /api/articles": {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: ["text"],
          properties: {
            text: { type: "string" },
            title: { type: "string" },
            url: { type: "string", format: "uri" },
            source: { type: "string" },
            publishedAt: { type: "string", format: "date-time" },
          },
        },
      },
      "text/plain": { schema: { type: "string" } },
    },
  },
};

export function openapiDocument(routes: CollectedRoute[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, "{$1}");
    const parameters = [...paramsOf(r.schema.params, "path"), ...paramsOf(r.schema.querystring, "query")];
    const op: Record<string, unknown> = {
      summary: r.schema.summary ?? "",
      tags: r.schema.tags ?? [],
      parameters,
      responses: {
        [r.method === "POST" && r.url === "/api/articles" ? "201" : "200"]: {
          description: "OK (types in ingest/model.ts)",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "4XX": { description: "Bad request", content: { "application/json": { schema: errorSchema } } },
        "5XX": {
          description: "Server or database error",
          content: { "application/json": { schema: errorSchema } },
        },
      },
    };
    const key = `${r.method} ${r.url}`;
    if (REQUEST_BODIES[key]) op.requestBody = REQUEST_BODIES[key];
    else if (r.schema.body)
      op.requestBody = { required: true, content: { "application/json": { schema: r.schema.body } } };
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: "3.0.3",
    info: { title: "Rawabit (روابط) API", version: "1", description: "Arabic news knowledge graph (Neo4j)" },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "KG_API_TOKEN, for write endpoints" },
      },
    },
    paths,
  };
}

function paramsOf(schema: JsonSchema | undefined, where: "path" | "query"): unknown[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, s]) => {
    const { description, ...rest } = s;
    return {
      name,
      in: where,
      required: where === "path" || (schema.required ?? []).includes(name),
      description,
      schema: rest,
    };
  });
}

export const openapiRoutes: RouteModule = {
  name: "openapi",
  register(app) {
    const routes: CollectedRoute[] = [];
    app.addHook("onRoute", (route: RouteOptions) => {
      const schema = (route.schema ?? {}) as CollectedRoute["schema"];
      if (!route.url.startsWith("/api/") || schema.hide) return;
      for (const method of [route.method].flat()) {
        if (method !== "HEAD") routes.push({ method, url: route.url, schema });
      }
    });
    let doc: Record<string, unknown> | null = null;
    app.get(
      "/api/openapi.json",
      { schema: { summary: "This OpenAPI 3 document", tags: ["meta"] } },
      async () => {
        doc ??= openapiDocument(routes);
        return doc;
      },
    );
  },
};
