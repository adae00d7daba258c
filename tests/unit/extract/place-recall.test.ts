// Sentences written for these tests; the towns are invented unless commonly known.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";

const places = (text: string): { type: string; name: string }[] =>
  extract(text, { tagger: false })
    .entities.filter((e) => e.type === "Location" || e.type === "City")
    .map((e) => ({ type: e.type, name: e.name }));

// The lexicon loads once, outside any one test's time limit (the machine may be busy).
beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a governorate the gazetteer does not know", () => {
  it.each([
    ["وقع الحادث في محافظة زمردان أمس.", "محافظة زمردان"],
    ["وأعلن محافظ محافظة قرنوس افتتاح المشروع.", "محافظة قرنوس"],
  ])("%s", (text, name) => {
    expect(places(text)).toContainEqual({ type: "Location", name });
  });

  it.each([
    "وقال إن محافظة ساحلية ستستفيد من المشروع.",
    "وتعد محافظة كبيرة من حيث المساحة.",
    "وزار محافظة في الجنوب.",
  ])("no place: %s", (text) => {
    expect(places(text)).toEqual([]);
  });
});
