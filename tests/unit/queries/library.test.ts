import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  coerceParams,
  findSavedQuery,
  loadQueryLibrary,
  parseSavedQuery,
} from "../../../ingest/queries/library.js";

const FILE = `// name: who-met-whom
// title: Who met whom
// title_ar: من التقى بمن
// description: All MET relationships
// description_ar: كل علاقات اللقاء
// param: entity: string = null | example: "جو بايدن" | Entity id or name (optional)
// param: limit: integer = 100 | example: 25 | Maximum rows
// param: types: string[] = ["Person"] | Entity types
// param: minConfidence: float = 0.5
// param: strict: boolean = false | example: true | Only done relations
// param: article: string | example: "a:1234" | Article id (required)
MATCH (a)-[r:MET]-(b) RETURN a, r, b LIMIT $limit
`;

describe("parseSavedQuery", () => {
  const q = parseSavedQuery(FILE, "who-met-whom.cypher");

  it("reads the header", () => {
    expect(q).toMatchObject({
      name: "who-met-whom",
      title: "Who met whom",
      titleAr: "من التقى بمن",
      description: "All MET relationships",
      descriptionAr: "كل علاقات اللقاء",
    });
    expect(q.cypher).toBe("MATCH (a)-[r:MET]-(b) RETURN a, r, b LIMIT $limit");
  });

  it.each([
    [
      "entity",
      {
        type: "string",
        default: null,
        example: "جو بايدن",
        required: false,
        description: "Entity id or name (optional)",
      },
    ],
    ["limit", { type: "integer", default: 100, example: 25, required: false, description: "Maximum rows" }],
    ["types", { type: "string[]", default: ["Person"], required: false, description: "Entity types" }],
    ["minConfidence", { type: "float", default: 0.5, required: false, description: "" }],
    ["strict", { type: "boolean", default: false, example: true, required: false }],
    ["article", { type: "string", example: "a:1234", required: true, description: "Article id (required)" }],
  ])("declares %s", (name, spec) => {
    expect(q.parameters.find((p) => p.name === name)).toMatchObject({ name, ...spec });
  });

  it.each([
    ["// title: t\n// title_ar: t\n// description: d\n// description_ar: d\nRETURN 1", /no "\/\/ name:"/],
    ["// name: n\n// title: t\n// title_ar: t\n// description: d\n// description_ar: d\n", /no Cypher/],
    [
      "// name: n\n// title: t\n// title_ar: t\n// description: d\n// description_ar: d\n// param: x: date\nRETURN 1",
      /unknown type "date"/,
    ],
    [
      "// name: n\n// title: t\n// title_ar: t\n// description: d\n// description_ar: d\n// param: oops\nRETURN 1",
      /bad param line/,
    ],
    [
      "// name: n\n// title: t\n// title_ar: t\n// description: d\n// description_ar: d\n// param: x: integer = abc\nRETURN 1",
      /"x" must be an integer/,
    ],
  ])("refuses a bad file (%#)", (text, message) => {
    expect(() => parseSavedQuery(text, "bad.cypher")).toThrow(message);
  });
});

describe("coerceParams", () => {
  const q = parseSavedQuery(FILE);

  it("fills defaults, coerces CLI strings and returns integers as Neo4j integers", () => {
    const p = coerceParams(q, {
      article: "a:1",
      limit: "25",
      types: "Person, Country",
      minConfidence: "0.7",
      strict: "yes",
    });
    expect(neo4j.isInt(p.limit) && neo4j.integer.toNumber(p.limit as never)).toBe(25);
    expect(p).toMatchObject({
      entity: null,
      article: "a:1",
      types: ["Person", "Country"],
      minConfidence: 0.7,
      strict: true,
    });
  });

  it("accepts JSON values as they are", () => {
    const p = coerceParams(q, { article: "a:1", limit: 3, types: ["Person"], strict: false });
    expect(p).toMatchObject({ types: ["Person"], strict: false });
  });

  it.each([
    [{}, /missing required parameter "article" \(string, e\.g\. "a:1234"\)/],
    [{ article: "a", limit: "ten" }, /parameter "limit" must be an integer \(got "ten"\)/],
    [{ article: "a", limit: 2.5 }, /"limit" must be an integer/],
    [{ article: "a", strict: "maybe" }, /"strict" must be true or false/],
    [{ article: "a", minConfidence: "high" }, /"minConfidence" must be a number/],
    [{ article: "a", types: [1] }, /"types" must be a list of strings/],
    [{ article: "a", nope: 1 }, /unknown parameter "nope" \(parameters: entity, limit/],
  ])("refuses %j", (raw, message) => {
    expect(() => coerceParams(q, raw)).toThrow(message);
  });
});

describe("loadQueryLibrary", () => {
  it("loads cypher/queries, including the entity profile", () => {
    const library = loadQueryLibrary();
    const profile = findSavedQuery("entity-profile", library);
    expect(profile.parameters.map((p) => p.name)).toContain("entity");
    expect(() => findSavedQuery("nope", library)).toThrow(
      /no saved query "nope" \(available: .*entity-profile/,
    );
  });

  it("refuses two files with the same name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-queries-"));
    const text = FILE.replace('// param: article: string | example: "a:1234" | Article id (required)\n', "");
    writeFileSync(path.join(dir, "a.cypher"), text);
    writeFileSync(path.join(dir, "b.cypher"), text);
    expect(() => loadQueryLibrary(dir)).toThrow(/two files declare the name "who-met-whom"/);
  });
});

describe("example: null", () => {
  it("means no example", () => {
    const q = parseSavedQuery(FILE.replace('example: "a:1234"', "example: null"));
    expect(q.parameters.find((p) => p.name === "article")).not.toHaveProperty("example");
  });
});

describe("// window:", () => {
  const HEAD = "// name: n\n// title: t\n// title_ar: t\n// description: d\n// description_ar: d\n";
  const SINCE = '// param: since: string = null | example: "2021-01-01" | Earliest article date\n';
  const UNTIL = '// param: until: string = null | example: "2021-12-31" | Latest article date\n';
  const windowed = parseSavedQuery(`${HEAD}// window: since, until\n${SINCE}${UNTIL}RETURN $since, $until`);

  it("names the two parameters that take the time window, start then end", () => {
    expect(windowed.window).toEqual({ from: "since", to: "until" });
    expect(parseSavedQuery(`${HEAD}${SINCE}RETURN $since`)).not.toHaveProperty("window");
  });

  it("stores the window's dates normalised, and leaves an open side null", () => {
    expect(coerceParams(windowed, { since: "2021-03-15T09:00:00+03:00" })).toEqual({
      since: "2021-03-15T06:00:00Z",
      until: null,
    });
  });

  it.each([
    [{ since: "yesterday" }, /query "n": since must be an ISO date/],
    [{ until: "2021-02-30" }, /until must be an ISO date/],
    [
      { since: "2021-05-01", until: "2021-01-31" },
      /since \(2021-05-01\) is after until \(2021-01-31\); swap them/,
    ],
  ])("refuses the window %j", (raw, message) => {
    expect(() => coerceParams(windowed, raw)).toThrow(message);
  });

  it("takes a one-day window whose end is that day", () => {
    expect(coerceParams(windowed, { since: "2021-01-31T10:00:00Z", until: "2021-01-31" })).toMatchObject({
      until: "2021-01-31",
    });
  });

  it.each([
    [`${HEAD}// window: since\n${SINCE}RETURN 1`, /bad window line "since"/],
    [`${HEAD}// window: since, until\n${SINCE}RETURN 1`, /window parameter "until" must be declared/],
    [
      `${HEAD}// window: since, until\n${SINCE}// param: until: integer = 0 | Not a date\nRETURN 1`,
      /window parameter "until" must be declared as an optional string/,
    ],
  ])("refuses a bad window line (%#)", (text, message) => {
    expect(() => parseSavedQuery(text, "bad.cypher")).toThrow(message);
  });
});
