// eval:news: choosing the sampled articles, loading their gold files against corpus text, and
// streaming a corpus file. Articles, URLs and texts are made up for these tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseCorpusLine, streamCorpus, textsByUrl } from "../../../bench/eval-news/corpus.js";
import type { SampleEntry } from "../../../bench/eval-news/sample-file.js";
import { loadNewsGold, selectEntries, showDetails, withGold } from "../../../bench/eval-news/select.js";

const entry = (id: string, split: SampleEntry["split"]): SampleEntry => ({
  id,
  url: `http://example.test/${id}`,
  source: "paper",
  split,
});
const SAMPLE = [
  entry("n01", "dev"),
  entry("n02", "test"),
  entry("n03", "dev"),
  entry("n04", "test"),
  entry("n05", "fresh"),
];

describe("selectEntries", () => {
  it.each([
    ["dev", undefined, ["n01", "n03"], []],
    ["test", undefined, ["n02", "n04"], []],
    ["fresh", undefined, ["n05"], []],
    // all is the first sample (dev + test): fresh is scored only on its own.
    ["all", undefined, ["n01", "n02", "n03", "n04"], []],
    // Named articles are taken whatever the split.
    ["dev", "n02", ["n02"], []],
    ["dev", "n04, n01", ["n01", "n04"], []],
    ["dev", "n01,n99", ["n01"], ["n99"]],
    ["all", "n05", ["n05"], []],
  ] as const)("--split %s --article %s → %j", (split, article, ids, unknown) => {
    const got = selectEntries(SAMPLE, split, article);
    expect(got.entries.map((e) => e.id)).toEqual(ids);
    expect(got.unknown).toEqual(unknown);
  });
});

describe("showDetails", () => {
  it.each([
    ["dev", false, false, true],
    ["test", false, false, false],
    ["test", true, false, true],
    ["test", false, true, true],
    ["fresh", false, false, false],
    ["fresh", true, false, true],
    ["fresh", false, true, true],
  ] as const)("%s article, named %s, --misses %s → %s", (split, named, misses, shown) => {
    expect(showDetails(entry("n01", split), { named, misses })).toBe(shown);
  });
});

const TEXT = "وصل سالم بن راشد إلى مدينة النخيل أمس.";
const GOLD = {
  title: "test",
  date: "2024-03-01",
  entities: [
    { name: "سالم بن راشد", nameEn: "Salem bin Rashid", type: "Person", mentions: ["سالم بن راشد"] },
  ],
  relations: [],
  statements: [],
};

describe("withGold and loadNewsGold", () => {
  const dir = mkdtempSync(join(tmpdir(), "eval-news-"));
  writeFileSync(join(dir, "n01.gold.json"), JSON.stringify(GOLD));
  writeFileSync(join(dir, "n02.gold.json"), JSON.stringify({ ...GOLD, relations: "x" }));
  writeFileSync(join(dir, "n03.gold.json"), "{ not json");
  writeFileSync(join(dir, "n04.gold.json"), JSON.stringify(GOLD));
  const texts = new Map(SAMPLE.slice(0, 3).map((e) => [e.url, TEXT]));

  it("skips the articles without a gold file", () => {
    const { annotated, skipped } = withGold([...SAMPLE.slice(0, 4), entry("n06", "dev")], dir);
    expect(annotated.map((e) => e.id)).toEqual(["n01", "n02", "n03", "n04"]);
    expect(skipped.map((e) => e.id)).toEqual(["n06"]);
  });

  it("loads a valid gold file with its corpus text", () => {
    const { articles, problems } = loadNewsGold([SAMPLE[0] as SampleEntry], dir, texts);
    expect(problems).toEqual([]);
    expect(articles[0]?.entry.id).toBe("n01");
    expect(articles[0]?.text).toBe(TEXT);
    expect(articles[0]?.spans[0]?.[0]?.start).toBe(TEXT.indexOf("سالم"));
  });

  it.each([
    ["n02", /^n02\.gold\.json: relations: Expected array/],
    ["n03", /^n03\.gold\.json: cannot read it \(.*JSON.*\); fix the JSON/],
    ["n04", /^n04\.gold\.json: its article http:\/\/example\.test\/n04 is not in the corpus/],
  ])("names the file and the problem: %s", (id, message) => {
    const e = SAMPLE.find((s) => s.id === id) as SampleEntry;
    const { articles, problems } = loadNewsGold([e], dir, texts);
    expect(articles).toEqual([]);
    expect(problems.join("\n")).toMatch(message);
  });
});

describe("the corpus stream", () => {
  const line = (url: string, text: string): string => JSON.stringify({ url, text, source: "paper" });
  const content = [
    line("u1", "نص أول"),
    "",
    "not json",
    JSON.stringify({ url: "u2" }),
    line("u3", "نص ثالث"),
  ].join("\n");
  const dir = mkdtempSync(join(tmpdir(), "corpus-"));
  writeFileSync(join(dir, "c.jsonl"), content);
  writeFileSync(join(dir, "c.jsonl.gz"), gzipSync(content));

  it.each(["c.jsonl", "c.jsonl.gz"])("reads %s line by line, bad lines as errors", async (file) => {
    const got: string[] = [];
    for await (const l of streamCorpus(join(dir, file)))
      got.push("article" in l ? `${l.line} ${l.article.url}` : `${l.line} error`);
    expect(got).toEqual(["1 u1", "3 error", "4 error", "5 u3"]);
  });

  it("keeps only the wanted texts", async () => {
    const texts = await textsByUrl(new Set(["u3", "missing"]), join(dir, "c.jsonl.gz"));
    expect([...texts]).toEqual([["u3", "نص ثالث"]]);
  });

  it.each([
    ["{", /^not JSON/],
    ['{"url": "u"}', /^not an article \(text: Required\)/],
  ])("explains a bad line: %s", (text, message) => {
    const l = parseCorpusLine(text, 7);
    expect("error" in l && l.error).toMatch(message);
  });

  it("names the file it cannot read", async () => {
    const read = async (): Promise<void> => {
      for await (const l of streamCorpus(join(dir, "absent.jsonl.gz"))) void l;
    };
    await expect(read()).rejects.toThrow(/cannot read the corpus .*absent\.jsonl\.gz/);
  });
});
