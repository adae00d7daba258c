import { describe, expect, it } from "vitest";
import { InputError } from "../../../ingest/errors.js";
import { relate } from "../../../ingest/relate/index.js";
import { article, CAST } from "./fixture.js";

describe("relate: input at the boundary", () => {
  it("returns nothing for an empty article", () => {
    expect(relate({ text: "", sentences: [], entities: [], values: [] })).toEqual({
      relations: [],
      statements: [],
    });
  });

  it("does not crash on text without Arabic", () => {
    const text = "President Biden met Prime Minister Kadhimi on Monday.";
    expect(relate(article(text, [])).relations).toEqual([]);
  });

  it("rejects a mention whose offsets do not match the text, naming the entity stage", () => {
    const input = article("واستقبل العراق الوفد.", [{ ...CAST.us!, forms: ["العراق"] }]);
    const bad = {
      ...input,
      entities: input.entities.map((e) => ({
        ...e,
        mentions: e.mentions.map((m) => ({ ...m, start: m.start + 1 })),
      })),
    };
    expect(() => relate(bad)).toThrow(InputError);
    expect(() => relate(bad)).toThrow(/entity stage/);
  });

  it("finds nothing between entities of an article with no relation words", () => {
    const text = "وسجل المنتخب المغربي هدفين في مرمى إسبانيا خلال المباراة التي أقيمت في الدوحة.";
    const { relations, statements } = relate(article(text, [CAST.ma!, CAST.es!, CAST.doha!]));
    expect(relations).toEqual([]);
    expect(statements).toEqual([]);
  });
});
