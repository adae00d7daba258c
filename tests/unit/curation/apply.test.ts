import { describe, expect, it } from "vitest";
import { applyRules } from "../../../ingest/curation/apply.js";
import type { Correction } from "../../../ingest/curation/kinds.js";
import { rejectionKey, rulesOf } from "../../../ingest/curation/rules.js";
import type { Entity, ExtractionResult } from "../../../ingest/model.js";

// Written for this test.
const TEXT = "التقى أبو سامي كريم ناصر أمس. وزار الوزير ناصر مدينة الميناء.";

const at = (form: string): Entity["mentions"][number] => {
  const start = TEXT.indexOf(form);
  return { start, end: start + form.length, text: form };
};
const entity = (id: string, type: Entity["type"], name: string, forms: string[]): Entity => ({
  id,
  type,
  name,
  nameEn: id,
  aliases: forms.filter((f) => f !== name),
  mentions: forms.map(at),
  properties: {},
});
const EXTRACTION: ExtractionResult = {
  entities: [
    entity("person:abu-sami", "Person", "أبو سامي", ["أبو سامي"]),
    entity("person:karim", "Person", "كريم ناصر", ["كريم ناصر", "الوزير ناصر"]),
    entity("city:port", "City", "مدينة الميناء", ["مدينة الميناء"]),
  ],
  relations: [
    {
      type: "MET",
      source: "person:abu-sami",
      target: "person:karim",
      properties: {},
      confidence: 0.8,
      evidence: [{ ...at("التقى أبو سامي كريم ناصر"), sentence: -1 }],
    },
    {
      type: "VISITED",
      source: "person:karim",
      target: "city:port",
      properties: {},
      confidence: 0.8,
      evidence: [{ ...at("زار الوزير ناصر مدينة الميناء"), sentence: -1 }],
    },
  ],
  statements: [],
  values: [],
};

let seq = 0;
const correction = (
  kind: Correction["kind"],
  payload: Record<string, unknown>,
  undone = false,
): Correction => ({
  id: `c-${seq}`,
  seq: seq++,
  kind,
  user: "t",
  at: "2024-01-01T00:00:00Z",
  reason: null,
  payload,
  undone,
});

describe("applyRules", () => {
  it("without rules returns the extraction as it is", () => {
    expect(applyRules(TEXT, EXTRACTION, rulesOf([], 0))).toBe(EXTRACTION);
  });

  it("a merge puts the merged entity's mentions and relations on the survivor, its name becoming an alias", () => {
    const rules = rulesOf(
      [
        correction("merge", {
          survivor: "person:sami",
          merged: ["person:abu-sami"],
          identity: { name: "سامي الحداد", nameEn: "Sami", type: "Person" },
        }),
      ],
      1,
    );
    const out = applyRules(TEXT, EXTRACTION, rules);
    const sami = out.entities.find((e) => e.id === "person:sami");
    expect(sami).toMatchObject({ name: "سامي الحداد", aliases: ["أبو سامي"] });
    expect(out.relations.map((r) => [r.type, r.source, r.target])).toContainEqual([
      "MET",
      "person:sami",
      "person:karim",
    ]);
    expect(out.entities.some((e) => e.id === "person:abu-sami")).toBe(false);
  });

  it("an undone merge is no rule", () => {
    const rules = rulesOf(
      [correction("merge", { survivor: "person:sami", merged: ["person:abu-sami"] }, true)],
      1,
    );
    expect(applyRules(TEXT, EXTRACTION, rules).entities.map((e) => e.id)).toContain("person:abu-sami");
  });

  it("chains of merges resolve to the last survivor", () => {
    const rules = rulesOf(
      [
        correction("merge", { survivor: "person:b", merged: ["person:abu-sami"] }),
        correction("merge", { survivor: "person:c", merged: ["person:b"] }),
      ],
      2,
    );
    expect(rules.aliases.get("person:abu-sami")).toBe("person:c");
  });

  it("a rejection drops the relation whose evidence sentence matches, and only that one", () => {
    const sentence = "وزار الوزير ناصر مدينة الميناء.";
    const key = rejectionKey("VISITED", "person:karim", "city:port", sentence);
    const out = applyRules(TEXT, EXTRACTION, rulesOf([correction("reject-relation", { keys: [key] })], 1));
    expect(out.relations.map((r) => r.type)).toEqual(["MET"]);
  });

  it("rejection keys ignore the direction of symmetric relations and diacritics", () => {
    expect(rejectionKey("MET", "a", "b", "التقى الرجلان")).toBe(
      rejectionKey("MET", "b", "a", "التقى الرجلانِ"),
    );
    expect(rejectionKey("VISITED", "a", "b", "x")).not.toBe(rejectionKey("VISITED", "b", "a", "x"));
  });

  it("a split moves an alias's mentions, and the relations of their sentences, to the new entity", () => {
    const rules = rulesOf(
      [
        correction("split", {
          from: "person:karim",
          forms: ["الوزير ناصر"],
          target: "person:minister",
          identity: { name: "الوزير ناصر", type: "Person" },
        }),
      ],
      1,
    );
    const out = applyRules(TEXT, EXTRACTION, rules);
    expect(out.entities.find((e) => e.id === "person:karim")?.aliases).toEqual([]);
    expect(out.relations.find((r) => r.type === "VISITED")?.source).toBe("person:minister");
    expect(out.relations.find((r) => r.type === "MET")?.target).toBe("person:karim");
  });

  it("a split-off form is no longer an alias even in an article that does not use it", () => {
    const rules = rulesOf(
      [
        correction("split", {
          from: "person:karim",
          forms: ["الوزير ناصر"],
          target: "person:minister",
          identity: { name: "الوزير ناصر", type: "Person" },
        }),
      ],
      1,
    );
    // The extractor knows the alias (a lexicon, an earlier article) though this text only has the name.
    const karim = {
      ...entity("person:karim", "Person", "كريم ناصر", ["كريم ناصر"]),
      aliases: ["الوزير ناصر"],
    };
    const out = applyRules(TEXT, { ...EXTRACTION, entities: [karim], relations: [] }, rules);
    expect(out.entities.map((e) => [e.id, e.aliases])).toEqual([["person:karim", []]]);
  });

  it("not-an-entity drops the form everywhere, or only in sentences with the stated context", () => {
    const everywhere = applyRules(
      TEXT,
      EXTRACTION,
      rulesOf([correction("not-entity", { form: "مدينة الميناء" })], 1),
    );
    expect(everywhere.entities.map((e) => e.id)).not.toContain("city:port");
    expect(everywhere.relations.map((r) => r.type)).toEqual(["MET"]);
    const elsewhere = rulesOf([correction("not-entity", { form: "مدينة الميناء", context: "الطقس" })], 1);
    expect(applyRules(TEXT, EXTRACTION, elsewhere).entities.map((e) => e.id)).toContain("city:port");
  });

  it("rename, retype and set-property change what is written", () => {
    const rules = rulesOf(
      [
        correction("rename", { id: "city:port", name: "ميناء الشمال" }),
        correction("retype", { id: "city:port", type: "Location" }),
        correction("set-property", { id: "city:port", key: "wikidata", value: "Q9" }),
      ],
      3,
    );
    const port = applyRules(TEXT, EXTRACTION, rules).entities.find((e) => e.id === "city:port");
    expect(port).toMatchObject({ name: "ميناء الشمال", type: "Location", aliases: ["مدينة الميناء"] });
    expect(port?.properties.wikidata).toBe("Q9");
  });
});
