import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../../ingest/db/plain.js";

// Driver values built by hand, as the driver would decode them from Bolt.
const node = new neo4j.types.Node(neo4j.int(1), ["Entity"], { id: "e1", rank: neo4j.int(7) }, "4:db:1");
const rel = new neo4j.types.Relationship(
  neo4j.int(5),
  neo4j.int(1),
  neo4j.int(2),
  "RELATED_TO",
  { weight: neo4j.int(3) },
  "5:db:5",
  "4:db:1",
  "4:db:2",
);

describe("toPlain", () => {
  it.each([
    ["a safe Integer to a number", neo4j.int(42), 42],
    ["an unsafe Integer to a string", neo4j.int("9223372036854775807"), "9223372036854775807"],
    ["null and undefined to null", undefined, null],
    ["strings and booleans unchanged", ["نص", true], ["نص", true]],
    ["Integers nested in maps and lists", { a: [neo4j.int(1), { b: neo4j.int(2) }] }, { a: [1, { b: 2 }] }],
    ["a date to ISO text", new neo4j.types.Date(2024, 2, 29), "2024-02-29"],
    [
      "a node to elementId, labels and properties",
      node,
      { elementId: "4:db:1", labels: ["Entity"], properties: { id: "e1", rank: 7 } },
    ],
    [
      "a relationship with its end points",
      rel,
      {
        elementId: "5:db:5",
        type: "RELATED_TO",
        startNodeElementId: "4:db:1",
        endNodeElementId: "4:db:2",
        properties: { weight: 3 },
      },
    ],
  ])("converts %s", (_label, value, expected) => {
    expect(toPlain(value)).toEqual(expected);
  });
});
