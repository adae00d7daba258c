import { describe, expect, it } from "vitest";
import { loadCypher, splitStatements } from "../../../ingest/db/cypher-files.js";
import { InputError } from "../../../ingest/errors.js";

describe("splitStatements", () => {
  it.each([
    ["one statement per line", "RETURN 1;\nRETURN 2;", ["RETURN 1", "RETURN 2"]],
    ["a statement over several lines", "MATCH (n)\nRETURN n;\n", ["MATCH (n)\nRETURN n"]],
    ["comment lines are dropped", "// header\nRETURN 1;\n  // indented\nRETURN 2;", ["RETURN 1", "RETURN 2"]],
    ["a semicolon inside a line is kept", "RETURN 'a;b' AS s;", ["RETURN 'a;b' AS s"]],
    ["a last statement without semicolon", "RETURN 1;\nRETURN 2", ["RETURN 1", "RETURN 2"]],
    ["blank text", "\n  \n// only a comment\n", []],
    ["Windows line ends", "RETURN 1;\r\nRETURN 2;\r\n", ["RETURN 1", "RETURN 2"]],
  ])("%s", (_label, text, expected) => {
    expect(splitStatements(text)).toEqual(expected);
  });
});

describe("loadCypher", () => {
  it("reads cypher/schema.cypher with its constraints, every statement safe to run again", () => {
    const statements = splitStatements(loadCypher("schema"));
    expect(statements.some((s) => s.startsWith("CREATE CONSTRAINT entity_id IF NOT EXISTS"))).toBe(true);
    expect(statements.some((s) => s.startsWith("CREATE CONSTRAINT article_url_unique IF NOT EXISTS"))).toBe(
      true,
    );
    expect(statements.every((s) => /^CREATE .* IF NOT EXISTS|^DROP .* IF EXISTS/s.test(s))).toBe(true);
  });

  it.each(["../package", "queries/../../x", "/etc/passwd", "a b", ""])("rejects the name %j", (name) => {
    expect(() => loadCypher(name)).toThrow(InputError);
  });

  it("names the missing file", () => {
    expect(() => loadCypher("queries/no-such-query")).toThrow(/cypher\/queries\/no-such-query\.cypher/);
  });
});
