export { ingestArticle, type IngestOptions } from "./article.js";
export {
  ingestBatch,
  type BatchItem,
  type BatchOptions,
  type BatchProgress,
  type BatchReport,
  type BatchResult,
} from "./batch.js";
export { resetGraph, graphCounts, type GraphCounts } from "./reset.js";
export { articleId } from "./article-id.js";
export type { Extractor } from "./extractor.js";
