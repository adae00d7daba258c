import { describe, expect, it } from "vitest";
import { requestOf } from "../../../ingest/cli/commands/curate.js";
import { REQUESTS, type CorrectionKind } from "../../../ingest/curation/kinds.js";

describe("kg curate arguments", () => {
  it.each([
    [["merge", "p:a", "p:b", "p:c"], {}, "merge", { survivor: "p:a", merged: ["p:b", "p:c"] }],
    [["set", "p:a", "wikidata", "Q42"], {}, "set-property", { id: "p:a", key: "wikidata", value: "Q42" }],
    [["set", "p:a", "born", "1950"], {}, "set-property", { id: "p:a", key: "born", value: 1950 }],
    [["retype", "p:a", "Location"], {}, "retype", { id: "p:a", type: "Location" }],
    [
      ["reject", "MET", "p:a", "p:b"],
      { sentence: ["a:1:0"] },
      "reject-relation",
      { type: "MET", source: "p:a", target: "p:b", sentenceIds: ["a:1:0"] },
    ],
    [
      ["not-entity"],
      { form: ["الأمس"], context: "الطقس" },
      "not-entity",
      { form: "الأمس", context: "الطقس" },
    ],
    [
      ["split", "p:a"],
      { form: ["x"], name: "س", type: "Person" },
      "split",
      { from: "p:a", forms: ["x"], entity: { name: "س", type: "Person" } },
    ],
    [["undo", "c-1-ab"], {}, "undo", { target: "c-1-ab" }],
  ])("%j", (argv, values, kind, request) => {
    const [command, ...rest] = argv as string[];
    const [k, body] = requestOf(command as string, rest, values);
    expect([k, body]).toEqual([kind, request]);
    expect(REQUESTS[k as CorrectionKind].safeParse(body).success).toBe(true);
  });

  it("refuses missing operands and unknown commands with the usage", () => {
    expect(() => requestOf("merge", ["p:a"], {})).toThrow(/SURVIVOR and at least one MERGED/);
    expect(() => requestOf("explode", [], {})).toThrow(/unknown command "explode"[\s\S]*Usage/);
  });
});
