import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  ALLOWED_PROCEDURES,
  cloneableParams,
  cypherParams,
  forbiddenByText,
  planOperators,
  planRefusal,
  stripLiterals,
} from "../../../ingest/server/readonly.js";

describe("forbiddenByText", () => {
  it.each([
    ["LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD CSV/],
    ["load   csv with headers from 'http://x' as l return l", /LOAD CSV/],
    ["CALL dbms.security.createUser('a','b',false)", /dbms/],
    ["CALL dbms.components()", /dbms/],
    ["CALL db.createLabel('X')", /procedure db.createLabel is not allowed/],
    ["CALL db . createProperty('x')", /procedure db.createProperty is not allowed/],
    ["CALL db.stats.stop('QUERIES')", /procedure db.stats.stop is not allowed/],
    ["MATCH (n) CALL db.stats.clear('QUERIES') YIELD section RETURN 1", /db.stats.clear/],
    ["CALL db.labels() YIELD label CALL tx.setMetaData({}) RETURN label", /tx.setMetaData/],
    ['TERMINATE TRANSACTIONS "neo4j-transaction-1"', /must start with/],
    ["SHOW TRANSACTIONS", /must start with/],
    ["show settings", /must start with/],
    ["EXPLAIN SHOW TRANSACTIONS", /must start with/],
    ["USE neo4j MATCH (n) RETURN n", /USE/],
    ["CREATE INDEX x FOR (n:X) ON (n.a)", /must start with/],
    ["// a comment\nGRANT ROLE admin TO eve", /must start with/],
    ["RETURN apoc.version()", /apoc/],
    ["MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10 ROWS", /IN TRANSACTIONS/],
    ["MATCH (n) CALL (n) { SET n.x = 1 } IN 4 CONCURRENT TRANSACTIONS", /IN TRANSACTIONS/],
  ])("refuses %s", (query, why) => {
    expect(forbiddenByText(query)).toMatch(why);
  });

  it.each([
    "MATCH (e:Entity) RETURN e LIMIT 10",
    "RETURN 'LOAD CSV and apoc.do and dbms.x' AS text",
    'RETURN "CALL db.createLabel(1)" AS s',
    "MATCH (n) // LOAD CSV in a comment\nRETURN n",
    "MATCH (n) /* apoc.periodic */ RETURN n",
    "MATCH (`apoc.x`) RETURN `apoc.x`",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('entity_names', 'x') YIELD node RETURN node",
    "CALL db.relationshipTypes",
    "EXPLAIN MATCH (n) RETURN n",
    "CYPHER runtime=slotted MATCH (n) RETURN n",
    "MATCH (show) RETURN show.terminate AS terminate",
    "MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id",
  ])("lets through %s", (query) => {
    expect(forbiddenByText(query)).toBeNull();
  });

  it("does not let an escaped quote end a string early", () => {
    expect(stripLiterals("RETURN 'it\\'s LOAD CSV' AS x")).not.toMatch(/LOAD/);
    expect(forbiddenByText("RETURN 'a\\'' AS x LOAD CSV FROM 'f' AS l RETURN l")).toMatch(/LOAD CSV/);
  });
});

describe("planOperators", () => {
  it("walks the plan tree and drops the runtime suffix", () => {
    const plan = {
      operatorType: "ProduceResults@neo4j",
      children: [
        { operatorType: "Create@neo4j", children: [{ operatorType: "Argument@neo4j", children: [] }] },
      ],
    };
    expect(planOperators(plan)).toEqual(["ProduceResults", "Create", "Argument"]);
    expect(planOperators(false)).toEqual([]);
  });
});

describe("planRefusal", () => {
  const plan = (...ops: [string, string?][]): unknown =>
    ops.reduceRight<unknown>(
      (child, [op, details]) => ({
        operatorType: `${op}@neo4j`,
        arguments: { Details: details ?? "" },
        children: child ? [child] : [],
      }),
      null,
    );

  it.each([
    ["r", plan(["ProduceResults"], ["TerminateTransactions", "transactions(x)"]), /command/],
    ["r", plan(["ProduceResults"], ["ShowTransactions"]), /command/],
    ["r", plan(["ProduceResults"], ["ShowSettings"]), /command/],
    ["s", plan(["AdministrationCommand"]), /command/],
    [
      "r",
      plan(["ProduceResults"], ["ProcedureCall", "db.stats.stop($a) :: (section :: STRING)"]),
      /db.stats.stop/,
    ],
    ["r", plan(["ProduceResults"], ["ProcedureCall", ""]), /not allowed/],
    ["rw", plan(["ProduceResults"], ["Create"]), /change the database/],
    ["w", plan(["ProduceResults"], ["AllNodesScan"]), /query type "w"/],
  ])("refuses a %s plan %#", (queryType, p, why) => {
    expect(planRefusal(queryType, p)).toMatch(why);
  });

  it.each(ALLOWED_PROCEDURES.map((p) => p.name))("allows %s", (name) => {
    expect(
      planRefusal("r", plan(["ProduceResults"], ["ProcedureCall", `${name}() :: (x :: STRING)`])),
    ).toBeNull();
  });

  it("allows exactly the named list", () => {
    expect(ALLOWED_PROCEDURES.map((p) => p.name)).toEqual([
      "db.labels",
      "db.relationshipTypes",
      "db.propertyKeys",
      "db.schema.visualization",
      "db.schema.nodeTypeProperties",
      "db.schema.relTypeProperties",
      "db.index.fulltext.queryNodes",
      "db.index.fulltext.queryRelationships",
    ]);
  });
});

describe("cypherParams", () => {
  it("turns whole JSON numbers into Neo4j integers, deeply, and keeps the rest", () => {
    const p = cypherParams({ n: 5, f: 1.5, s: "x", list: [1, 2.5], map: { k: 3 } });
    expect(neo4j.isInt(p.n)).toBe(true);
    expect(p.f).toBe(1.5);
    expect(neo4j.isInt((p.list as unknown[])[0])).toBe(true);
    expect((p.list as unknown[])[1]).toBe(2.5);
    expect(neo4j.isInt((p.map as Record<string, unknown>).k)).toBe(true);
  });

  it.each([[[1]], ["x"], [3]])("refuses %j as params", (params) => {
    expect(() => cypherParams(params)).toThrow(/params must be a JSON object/);
  });
});

describe("cloneableParams", () => {
  it("keeps Neo4j integers integers across the structured clone to the console worker", () => {
    const sent = structuredClone(cloneableParams({ limit: neo4j.int(10), ids: [neo4j.int(2)], name: "X" }));
    const got = cypherParams(sent);
    expect(neo4j.isInt(got.limit)).toBe(true);
    expect(String(got.limit)).toBe("10");
    expect(neo4j.isInt((got.ids as unknown[])[0])).toBe(true);
    expect(got.name).toBe("X");
  });
});
