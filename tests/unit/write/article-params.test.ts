import { describe, expect, it } from "vitest";
import { articleParams, groupParams, type Prepared } from "../../../ingest/write/article.js";
import { buildArticleRows } from "../../../ingest/write/rows.js";
import { ARTICLES, fixtureExtract, NEWS_SPEC } from "./fixture-extractor.js";

type Ready = Extract<Prepared, { kind: "ready" }>;

function prepared(text: string, publishedAt?: string): Ready {
  const input = { text, ...(publishedAt ? { publishedAt } : {}) };
  const rows = buildArticleRows(input, fixtureExtract(text, NEWS_SPEC), { extractorVersion: "test" });
  return {
    kind: "ready",
    id: rows.article.id,
    url: null,
    version: "test",
    rows,
    now: "2021-07-26T10:00:00.000Z",
    warnings: [],
    pending: false,
    rulesVersion: 0,
  };
}

/**
 * What Neo4j 5 keys a cached plan on, besides the text: each parameter's type and, for a list or a
 * string, its size bucket (0, 1, 2-10, 11-100, ...). Maps carry no size.
 */
function planKey(params: Record<string, unknown>): Record<string, string> {
  const bucket = (n: number): number => (n <= 1 ? n : 10 ** Math.ceil(Math.log10(n)));
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => {
      if (Array.isArray(v)) return [k, `list/${bucket(v.length)}`];
      if (typeof v === "string") return [k, `string/${bucket(v.length)}`];
      return [k, v === null ? "null" : typeof v];
    }),
  );
}

describe("articleParams (cypher/write/article.cypher)", () => {
  const token = "00000000-0000-4000-8000-000000000000";
  const big = prepared(ARTICLES.meeting, "2021-07-26");
  const small = prepared(ARTICLES.baghdad, "2021-07-27");

  it("passes the rows, whose sizes differ from article to article, inside one map", () => {
    expect(big.rows.sentences.length).not.toBe(small.rows.sentences.length);
    expect(big.rows.relations.length).toBeGreaterThan(0);
    expect(small.rows.relations).toEqual([]);
    for (const p of [big, small]) {
      const params = articleParams(p, token);
      expect(Object.values(params).filter((v) => Array.isArray(v))).toEqual([]);
      expect(params.rows).toEqual({
        sentences: p.rows.sentences,
        entities: p.rows.entities,
        mentions: expect.any(Array),
        relations: p.rows.relations,
        statements: p.rows.statements,
      });
      // Each mention names its sentence and entity by position in those rows (article.cypher).
      const mentions = (params.rows as { mentions: { sentence: number; entity: number; text: string }[] })
        .mentions;
      expect(mentions).toHaveLength(p.rows.mentions.length);
      mentions.forEach((m, i) => {
        const row = p.rows.mentions[i];
        expect(p.rows.sentences[m.sentence]?.id).toBe(row?.sentenceId);
        expect(p.rows.entities[m.entity]?.id).toBe(row?.entityId);
        expect(m.text).toBe(row?.text);
      });
    }
  });

  it("gives dated articles of any size the same plan cache key", () => {
    expect(planKey(articleParams(big, token))).toEqual(planKey(articleParams(small, token)));
  });

  it("passes a group of any size, in order, inside one map: one plan for one article or many", () => {
    const one = groupParams([articleParams(big, token)]);
    const three = groupParams([big, small, big].map((p) => articleParams(p, token)));
    expect(planKey(one)).toEqual({ group: "object" });
    expect(planKey(three)).toEqual(planKey(one));
    expect(
      (three.group as { articles: { article: { id: string } }[] }).articles.map((a) => a.article.id),
    ).toEqual([big.id, small.id, big.id]);
  });
});
