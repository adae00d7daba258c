// Sentences written for these tests; the stub tagger stands for the statistical one.
import { beforeAll, describe, expect, it } from "vitest";
import { extract } from "../../../ingest/extract/index.js";
import { stub } from "./stub-tagger.js";

beforeAll(() => void extract("تمهيد", { tagger: false }), 60_000);

describe("a transliterated place the tagger calls a person", () => {
  it.each([
    ["وصل الفريق إلى سانتا مارتينا مساء الأحد.", "سانتا مارتينا"],
    ["وقع الحادث على شاطئ كورال بيتش صباح اليوم.", "كورال بيتش"],
  ])("%s", (text, name) => {
    const [a = "", b = ""] = name.split(" ");
    const tagger = stub({ [a]: "PERS", [b]: "PERS" });
    const found = extract(text, { tagger }).entities;
    expect(found.filter((e) => e.type === "Person")).toEqual([]);
  });
});

it("a person's two-word name the tagger finds stays a person", () => {
  const tagger = stub({ مارتن: "PERS", كوستا: "PERS" });
  const found = extract("وقال المهاجم مارتن كوستا إن الفريق جاهز.", { tagger }).entities;
  expect(found).toContainEqual(expect.objectContaining({ type: "Person", name: "مارتن كوستا" }));
});
