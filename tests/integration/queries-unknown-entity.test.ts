import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, CypherResult } from "../../ingest/model.js";
import { useFreshDb } from "../support/db.js";
import { fixtureServer, ingestSample } from "./api-helpers.js";

// Issue 15 bug 12: a saved query naming an unknown entity said nothing (0 rows).
const db = useFreshDb();
let app: FastifyInstance;

beforeAll(async () => {
  await ingestSample(db);
  // A cold query worker on a loaded machine can take seconds to start: the budget is not under test.
  app = await fixtureServer(db, { cypherTimeoutMs: 120_000 });
});

afterAll(async () => {
  await app?.close();
});

const run = (name: string, params: Record<string, unknown>) =>
  app.inject({ method: "POST", url: `/api/queries/${name}/run`, payload: { params } });

describe("saved queries naming an unknown entity", () => {
  it.each([
    ["articles-mentioning", { entity: "بايدنن" }, "entity", "person:joe-biden"],
    ["entity-profile", { entity: "Joe Bidn" }, "entity", "person:joe-biden"],
    ["statements-about", { entity: "الكاظمى العراقي" }, "entity", "person:mustafa-al-kadhimi"],
    ["shortest-paths", { from: "حسن ناظم", to: "داعشي" }, "to", "org:isis"],
  ])(
    "%s %j: 404 entity_not_found naming the parameter, with close matches",
    async (name, params, param, close) => {
      const res = await run(name, params);
      expect(res.statusCode).toBe(404);
      const body = res.json<ApiError>();
      expect(body).toMatchObject({
        error: "entity_not_found",
        param,
        value: params[param as keyof typeof params],
      });
      expect(body.message).toMatch(new RegExp(`${param} ".+" names no entity \\(close matches: `));
      expect(body.suggestions?.map((s) => s.id)).toContain(close);
    },
  );

  it("says when nothing is even close", async () => {
    const res = await run("articles-mentioning", { entity: "Zzyzx Qwv" });
    expect(res.statusCode).toBe(404);
    expect(res.json<ApiError>()).toMatchObject({ error: "entity_not_found", suggestions: [] });
    expect(res.json<ApiError>().message).toMatch(/no close match/);
  });

  it.each([
    ["a known entity by name", "articles-mentioning", { entity: "جو بايدن" }],
    ["a known entity by id", "entity-profile", { entity: "country:iraq" }],
  ])("%s runs as before", async (_what, name, params) => {
    const res = await run(name, params);
    expect(res.statusCode).toBe(200);
    expect(res.json<CypherResult>().rows.length).toBeGreaterThan(0);
  });

  it("a known entity with nothing to show is an empty answer, not an error", async () => {
    // No statement by the international coalition in the sample.
    const res = await run("statements-by", { entity: "التحالف الدولي" });
    expect(res.statusCode).toBe(200);
    expect(res.json<CypherResult>().rows).toEqual([]);
  });

  it("an optional entity left out is not checked", async () => {
    const res = await run("money-flows", {});
    expect(res.statusCode).toBe(200);
  });
});
