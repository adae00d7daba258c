import { describe, expect, it } from "vitest";
import { entityParams, fuzzyLuceneQuery } from "../../../ingest/server/entity-check.js";
import { loadQueryLibrary } from "../../../ingest/queries/library.js";

describe("entityParams", () => {
  it.each([
    ["MATCH (e:Entity {id: $entity}) RETURN e", ["entity"]],
    [
      "MATCH (a:Entity {id: $from}) MATCH (b:Entity { id: $to }) MATCH (c:Entity {id: $from})",
      ["from", "to"],
    ],
    ["MATCH (e:Entity) WHERE e.id = $entity RETURN e", []],
    ["MATCH (a:Article {id: $article}) RETURN a", []],
  ])("%s", (cypher, expected) => {
    expect(entityParams({ cypher })).toEqual(expected);
  });

  it("finds the entity parameters of the saved queries that resolve entities", () => {
    const byName = new Map(loadQueryLibrary().map((q) => [q.name, entityParams(q)]));
    expect(byName.get("articles-mentioning")).toEqual(["entity"]);
    expect(byName.get("shortest-paths")).toEqual(["from", "to"]);
    expect(byName.get("most-connected")).toEqual([]);
  });
});

describe("fuzzyLuceneQuery", () => {
  it.each([
    ["بايدنن", "بايدنن~ OR بايدنن*"],
    ["Joe  Bidn", "joe~ OR joe* OR bidn~ OR bidn*"],
    ["أمريكا", "امريكا~ OR امريكا*"],
    ['a:"b', "a~ OR a* OR b~ OR b*"],
    ["  ", null],
  ])("%j", (q, expected) => {
    expect(fuzzyLuceneQuery(q)).toBe(expected);
  });
});
