import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { run as runCypher } from "../../../ingest/cli/commands/cypher.js";
import { run as runQuery } from "../../../ingest/cli/commands/query.js";
import { adhocParams, paramPairs } from "../../../ingest/queries/cli-options.js";
import { loadQueryLibrary } from "../../../ingest/queries/library.js";

// Every case here fails before any connection is made: no database is needed.
let stderr: string[];
let stdout: string[];

beforeEach(() => {
  stderr = [];
  stdout = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void stderr.push(args.join(" ")));
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void stdout.push(args.join(" ")));
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("kg query: mistakes exit with 2 and name what is wrong", () => {
  it.each([
    ["an unknown query", ["who-met-who"], /no saved query "who-met-who".*who-met-whom/s],
    ["a missing required parameter", ["entity-profile"], /missing required parameter "entity"/],
    [
      "an ill-typed integer",
      ["entity-profile", "--param", "entity=بايدن", "--param", "limit=ten"],
      /parameter "limit" must be an integer/,
    ],
    [
      "an ill-typed float",
      ["review-queue", "--param", "maxConfidence=high"],
      /parameter "maxConfidence" must be a number/,
    ],
    [
      "an undeclared parameter",
      ["entity-profile", "--param", "entity=x", "--param", "colour=red"],
      /unknown parameter "colour"/,
    ],
    [
      "a parameter without =",
      ["entity-profile", "--param", "entity"],
      /--param "entity" must look like key=value/,
    ],
    [
      "the same parameter twice",
      ["entity-profile", "-p", "entity=a", "-p", "entity=b"],
      /parameter "entity" is given twice/,
    ],
    ["an unknown format", ["money-flows", "--format", "xml"], /--format must be table\|json\|csv/],
    ["a bad timeout", ["money-flows", "--timeout", "0"], /--timeout must be a positive integer/],
    ["an unknown option", ["money-flows", "--colour"], /Unknown option '--colour'/],
    ["a stray argument", ["money-flows", "USD"], /unexpected argument "USD"/],
  ])("%s", async (_what, args, message) => {
    expect(await runQuery(args)).toBe(2);
    expect(stderr.join("\n")).toMatch(message);
  });

  it("lists every saved query with its parameters", async () => {
    expect(await runQuery([])).toBe(0);
    const text = stdout.join("");
    for (const q of loadQueryLibrary()) expect(text).toContain(q.name);
    expect(text).toContain("من التقى بمن");
  });

  it("lists the library as JSON without the Cypher text", async () => {
    expect(await runQuery(["--format", "json"])).toBe(0);
    const parsed = JSON.parse(stdout.join("")) as { queries: Record<string, unknown>[] };
    expect(parsed.queries.length).toBe(loadQueryLibrary().length);
    expect(parsed.queries[0]).not.toHaveProperty("cypher");
  });

  it("describes one query with its parameters and a runnable example", async () => {
    expect(await runQuery(["shortest-paths", "--help"])).toBe(0);
    const text = stdout.join("");
    expect(text).toMatch(/from: string/);
    expect(text).toMatch(/maxLength: integer = 6/);
    expect(text).toContain('kg query shortest-paths --param from="حسن ناظم" --param to=داعش');
  });
});

describe("kg cypher: mistakes exit with 2", () => {
  it.each([
    ["no query", [], /give exactly one query/],
    ["two queries", ["RETURN 1", "RETURN 2"], /give exactly one query/],
    ["an empty query", ["  "], /the query is empty/],
    ["a bad format", ["RETURN 1", "--format", "yaml"], /--format must be/],
  ])("%s", async (_what, args, message) => {
    expect(await runCypher(args)).toBe(2);
    expect(stderr.join("\n")).toMatch(message);
  });
});

describe("parameter values", () => {
  it("splits key=value once, so values may contain =", () => {
    expect(paramPairs("kg query", ["q=a=b", "entity=جو بايدن"])).toEqual({ q: "a=b", entity: "جو بايدن" });
  });

  it.each([
    ["42", 42],
    ["true", true],
    ["null", null],
    ['["MET","LEADS"]', ["MET", "LEADS"]],
    ['"42"', "42"],
    ["بايدن", "بايدن"],
    ["person:joe-biden", "person:joe-biden"],
  ])("ad-hoc %s → %j", (raw, value) => {
    expect(adhocParams({ x: raw })).toEqual({ x: value });
  });
});
