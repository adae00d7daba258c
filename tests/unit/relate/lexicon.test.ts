import { describe, expect, it } from "vitest";
import { RELATION_TYPES } from "../../../ingest/model.js";
import { relateLexicon } from "../../../ingest/relate/lexicon.js";
import { relationsFile } from "../../../ingest/relate/lexicon-schema.js";

describe("relate: lexicon data", () => {
  it("describes every relation type and compiles every trigger", () => {
    const lex = relateLexicon();
    expect([...lex.types.keys()].sort()).toEqual([...RELATION_TYPES].sort());
    expect(lex.types.get("MET")?.symmetric).toBe(true);
    expect(lex.triggers.get("استقبل")?.[0]).toMatchObject({ relation: "MET", kind: "verb", future: false });
    expect(lex.triggers.get("ساستضيف")?.[0]).toMatchObject({
      relation: "MET",
      future: true,
      firstPerson: true,
    });
    expect(lex.verbs.get("قالت")?.en).toBe("said");
  });

  it.each([
    [{ frames: ["subject>nowhere"] }, /frame/],
    [{ relation: "LIKES" }, /relation/],
    [{ forms: [] }, /forms/],
  ])("rejects a bad trigger entry %j", (patch, message) => {
    const entry = {
      ar: "زار",
      en: "visited",
      relation: "VISITED",
      kind: "verb",
      forms: ["زار"],
      frames: ["subject>object"],
      ...patch,
    };
    const parsed = relationsFile.safeParse({ types: [], triggers: [entry] });
    expect(parsed.success).toBe(false);
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    expect(`${issue?.path.join(".")} ${issue?.message}`).toMatch(message);
  });
});
