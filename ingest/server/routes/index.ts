import type { RouteModule } from "../context.js";
import { articlesRoutes } from "./articles.js";
import { coMentionsRoutes } from "./co-mentions.js";
import { curationRoutes } from "./curation.js";
import { cypherRoutes } from "./cypher.js";
import { edgesRoutes } from "./edges.js";
import { entitiesRoutes } from "./entities.js";
import { exportRoutes } from "./export.js";
import { graphRoutes } from "./graph.js";
import { healthRoutes } from "./health.js";
import { openapiRoutes } from "./openapi.js";
import { pathRoutes } from "./path.js";
import { queriesRoutes } from "./queries.js";
import { searchRoutes } from "./search.js";
import { timelineRoutes } from "./timeline.js";

/** Every area of the API; openapi comes first so it sees the routes the others register. */
export const ROUTES = [
  openapiRoutes,
  healthRoutes,
  graphRoutes,
  coMentionsRoutes,
  entitiesRoutes,
  edgesRoutes,
  searchRoutes,
  pathRoutes,
  timelineRoutes,
  cypherRoutes,
  queriesRoutes,
  articlesRoutes,
  exportRoutes,
  curationRoutes,
] as const satisfies readonly RouteModule[];
