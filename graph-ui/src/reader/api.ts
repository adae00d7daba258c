import { z } from "zod";
import type { ArticleDetail, EvidenceRecord, GraphEdge, GraphNode } from "../../../ingest/model.js";
import { api, request } from "../api/client.js";
import { articleSummarySchema } from "../api/guards.js";

const articleDetailSchema = articleSummarySchema.extend({
  text: z.string(),
  sentences: z.array(
    z.object({ id: z.string(), index: z.number(), start: z.number(), end: z.number(), text: z.string() }),
  ),
  mentions: z.array(
    z.object({
      entityId: z.string(),
      type: z.string(),
      start: z.number(),
      end: z.number(),
      text: z.string(),
    }),
  ),
}) satisfies z.ZodType<ArticleDetail, z.ZodTypeDef, unknown>;

/** A relation the article states, with the article's own evidence sentences for it. */
export interface ArticleRelation {
  edge: GraphEdge;
  evidence: EvidenceRecord[];
}

export interface ArticleReading {
  article: ArticleDetail;
  /** The article's entities by id (names for the relation list). */
  entities: Map<string, GraphNode>;
  relations: ArticleRelation[];
}

/** Relations whose evidence is fetched per article; past this the rest are listed without sentences. */
const MAX_RELATIONS_WITH_EVIDENCE = 60;

/**
 * Everything the reader shows, from the existing endpoints: the article (text, sentences, mentions
 * with absolute offsets), its graph (`/api/graph?article=`), and each relation's evidence, of which
 * only this article's sentences are kept.
 */
export async function loadArticle(id: string): Promise<ArticleReading> {
  const [article, graph] = await Promise.all([
    request(articleDetailSchema, `articles/${encodeURIComponent(id)}`),
    api.graph({ article: id, limit: 5000 }),
  ]);
  const relations = await Promise.all(
    graph.edges.map(async (edge, i): Promise<ArticleRelation> => {
      if (i >= MAX_RELATIONS_WITH_EVIDENCE) return { edge, evidence: [] };
      const detail = await api.edge(edge.id);
      return { edge, evidence: detail.evidence.filter((e) => e.articleId === id) };
    }),
  );
  // In reading order: by where the article first states each relation.
  const at = (r: ArticleRelation) =>
    article.sentences.findIndex((s) => r.evidence.some((e) => e.sentenceId === s.id));
  const order = (r: ArticleRelation) => (at(r) < 0 ? Number.MAX_SAFE_INTEGER : at(r));
  relations.sort((a, b) => order(a) - order(b));
  return { article, entities: new Map(graph.nodes.map((n) => [n.id, n])), relations };
}
