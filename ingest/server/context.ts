import type { FastifyInstance } from "fastify";
import type { Database } from "../db/driver.js";
import type { ArticleInput, IngestReport } from "../model.js";
import type { ExportFilter } from "../export/index.js";
import type { Extractor } from "../write/extractor.js";
import type { ApiConfig } from "./options.js";

export type ExportFormat = "json" | "graphml" | "gexf" | "csv";
export interface ExportFile {
  contentType: string;
  filename: string;
  /** The whole file, or its text in chunks (the JSON export streams: ingest/export/stream.ts). */
  body: string | AsyncIterable<string>;
}

/** The writer's entry points, injectable so tests can pin extraction. */
export interface ServerServices {
  ingestArticle(db: Database, input: ArticleInput): Promise<IngestReport>;
  exportGraph(db: Database, format: ExportFormat, filter?: ExportFilter): Promise<ExportFile>;
  /** Extracts the stored articles a correction rewrites (ingest/curation). */
  extractor(): Promise<Extractor>;
}

export interface RouteContext {
  db: Database;
  config: ApiConfig;
  services: ServerServices;
}

/** One area of the API: registers its routes (with JSON schemas, which also feed /api/openapi.json). */
export interface RouteModule {
  name: string;
  register(app: FastifyInstance, ctx: RouteContext): void | Promise<void>;
}
