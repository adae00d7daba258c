import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ApiConfig } from "./options.js";

const NOT_BUILT_MESSAGE =
  "The explorer UI is not built yet. Run `npm run build:ui` (or `npm start`, which builds it), then reload. The API is available under /api (see /api/openapi.json).";

/**
 * Serves graph-ui/dist at `/` with a single-page-app fallback: unknown non-API GETs get index.html
 * so client-side routes survive a reload. Unknown /api paths stay JSON 404s.
 */
export async function registerStatic(app: FastifyInstance, config: ApiConfig): Promise<void> {
  const index = path.join(config.uiDir, "index.html");
  const built = existsSync(index);
  if (built) await app.register(fastifyStatic, { root: config.uiDir, prefix: "/", wildcard: true });
  else app.get("/", { schema: { hide: true } }, (req, reply) => notBuilt(req, reply));

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (url.startsWith("/api/") || url === "/api" || request.method !== "GET") {
      return reply
        .status(404)
        .send({ error: "not_found", message: `api: no route ${request.method} ${url}` });
    }
    // A missing asset (with an extension) is a real 404, not a page of the app.
    if (path.extname(url) !== "") {
      return reply.status(404).send({ error: "not_found", message: `api: no file ${url}` });
    }
    if (!built || !existsSync(index)) return notBuilt(request, reply);
    return reply.type("text/html; charset=utf-8").sendFile("index.html");
  });
}

function notBuilt(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (!(request.headers.accept ?? "").includes("text/html")) {
    return reply.status(503).send({ error: "ui_not_built", message: NOT_BUILT_MESSAGE });
  }
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Rawabit</title>
<body style="font-family:sans-serif;max-width:40rem;margin:3rem auto">
<h1>Rawabit (روابط)</h1><p>${NOT_BUILT_MESSAGE.replace(/`([^`]+)`/g, "<code>$1</code>")}</p>
<p><a href="/api/health">/api/health</a> · <a href="/api/openapi.json">/api/openapi.json</a></p></body></html>`;
  return reply.status(503).type("text/html; charset=utf-8").send(html);
}
