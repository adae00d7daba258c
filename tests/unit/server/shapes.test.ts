import { describe, expect, it } from "vitest";
import {
  BadQueryError,
  DatabaseError,
  ForbiddenQueryError,
  InputError,
  NotFoundError,
  QueryTimeoutError,
} from "../../../ingest/errors.js";
import { toApiError, UnauthorizedError } from "../../../ingest/server/errors.js";
import { graphNode } from "../../../ingest/server/graph-elements.js";
import { articleInput } from "../../../ingest/server/routes/articles.js";
import { parseEdgeId } from "../../../ingest/server/routes/edges.js";
import { articleOfSentence, evidenceOf, listParam } from "../../../ingest/server/routes/shared.js";
import { openapiDocument } from "../../../ingest/server/routes/openapi.js";

describe("toApiError", () => {
  it.each([
    [new InputError("x"), 400, "bad_input"],
    [new BadQueryError("x"), 400, "bad_query"],
    [new UnauthorizedError("x"), 401, "unauthorized"],
    [new ForbiddenQueryError("x"), 403, "forbidden_query"],
    [new NotFoundError("x"), 404, "not_found"],
    [new QueryTimeoutError("x"), 408, "timeout"],
    [new DatabaseError("x"), 503, "database_unavailable"],
    [
      Object.assign(new Error("too big"), { code: "FST_ERR_CTP_BODY_TOO_LARGE", statusCode: 413 }),
      413,
      "body_too_large",
    ],
    [
      Object.assign(new Error("bad"), { code: "FST_ERR_CTP_INVALID_MEDIA_TYPE", statusCode: 415 }),
      415,
      "unsupported_media_type",
    ],
    [
      Object.assign(new Error("querystring/limit must be >= 1"), { validation: [{}], statusCode: 400 }),
      400,
      "bad_input",
    ],
    [new Error("secret stack detail"), 500, "internal"],
  ])("%s → %i %s", (err, status, code) => {
    const { status: s, body } = toApiError(err, 5 * 1024 * 1024);
    expect([s, body.error]).toEqual([status, code]);
    expect(body.message).not.toContain("secret");
  });
});

describe("parseEdgeId", () => {
  it.each([
    ["person:a|MET|person:b", { source: "person:a", type: "MET", target: "person:b" }],
    ["a|b|FUNDED|c", { source: "a|b", type: "FUNDED", target: "c" }],
  ])("%s", (id, expected) => {
    expect(parseEdgeId(id)).toEqual(expected);
  });
  it.each(["garbage", "a|LOVES|b", "|MET|b", "a|MET|"])("refuses %s", (id) => {
    expect(() => parseEdgeId(id)).toThrow(/bad edge id/);
  });
});

describe("evidence", () => {
  it("zips the parallel arrays and derives the article from the sentence id", () => {
    const ev = evidenceOf({
      sentenceIds: ["a:1234:3", "a:9:0"],
      evidence: ["جملة أولى", "ثانية"],
      evidenceStart: [0, 1],
      evidenceEnd: [4, 3],
    });
    expect(ev).toEqual([
      { articleId: "a:1234", sentenceId: "a:1234:3", sentence: "جملة أولى", start: 0, end: 4 },
      { articleId: "a:9", sentenceId: "a:9:0", sentence: "ثانية", start: 1, end: 3 },
    ]);
    expect(evidenceOf({})).toEqual([]);
    expect(articleOfSentence("a:ff:12")).toBe("a:ff");
  });
});

describe("listParam", () => {
  it("splits, trims and checks against the allowed values", () => {
    expect(listParam(" MET, LEADS ", ["MET", "LEADS"], "relation type")).toEqual(["MET", "LEADS"]);
    expect(listParam(undefined, ["MET"], "x")).toBeNull();
    expect(() => listParam("MET,LOVES", ["MET"], "relation type")).toThrow(/unknown relation type "LOVES"/);
  });
});

describe("articleInput", () => {
  it("accepts text/plain strings and JSON objects", () => {
    expect(articleInput("نص")).toEqual({ text: "نص" });
    expect(articleInput({ text: "نص", title: "t", publishedAt: "2021-07-26" })).toMatchObject({ title: "t" });
  });
  it.each([
    [undefined, /empty body/],
    ["   ", /no text/],
    [{ text: 1 }, /text/],
    [{ text: "x", other: 1 }, /other|Unrecognized/],
    [{ text: "a\u0001b" }, /control characters/],
  ])("refuses %j", (body, message) => {
    expect(() => articleInput(body)).toThrow(message);
  });
});

describe("graphNode", () => {
  it("hides matching keys and names non-entity nodes by title or text", () => {
    const n = graphNode("a:1", ["Article"], { id: "a:1", title: "عنوان", searchKeys: ["x"] });
    expect(n).toMatchObject({ id: "a:1", type: "Article", name: "عنوان", nameEn: "" });
    expect(n.properties).not.toHaveProperty("searchKeys");
    expect(graphNode("e", ["Entity", "Person"], { type: "Person", name: "س" }).type).toBe("Person");
  });
});

describe("openapiDocument", () => {
  it("turns Fastify routes into OpenAPI paths with parameters", () => {
    const doc = openapiDocument([
      {
        method: "GET",
        url: "/api/entities/:id",
        schema: { params: { type: "object", properties: { id: { type: "string" } } } },
      },
    ]) as { paths: Record<string, { get: { parameters: { name: string; in: string }[] } }> };
    expect(doc.paths["/api/entities/{id}"]?.get.parameters[0]).toMatchObject({ name: "id", in: "path" });
  });
});
