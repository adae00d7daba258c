import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { run as kgExtract } from "../../../ingest/cli/commands/extract.js";
import { ConfigError, InputError, NotArabicError, TooLargeError } from "../../../ingest/errors.js";
import type { ArticleInput } from "../../../ingest/model.js";
import { apiConfig } from "../../../ingest/server/options.js";
import {
  checkArticle,
  DEFAULT_MAX_ARTICLE_BYTES,
  hasArabicLetter,
  maxArticleBytes,
  screenArticles,
} from "../../../ingest/sources/validate.js";

/** Own test sentence. */
const TEXT = "زار وزير الخارجية العاصمة الأردنية عمّان يوم الثلاثاء.";
const rules = { maxBytes: 1_000, owner: "api" };

describe("checkArticle", () => {
  it.each<[string, ArticleInput]>([
    ["Arabic text", { text: TEXT }],
    ["Arabic with Latin names and digits", { text: `${TEXT} NATO 2024` }],
    ["tabs and newlines in the text", { text: `${TEXT}\n\n\t${TEXT}\r\n` }],
    ["an http url", { text: TEXT, url: "http://example.org/a?b=1" }],
    ["an https url", { text: TEXT, url: "HTTPS://EXAMPLE.ORG/" }],
    ["a title and source", { text: TEXT, title: "عنوان الخبر", source: "وكالة" }],
    ["exactly the limit", { text: "ب".repeat(500) }],
  ])("accepts %s", (_name, input) => {
    expect(() => checkArticle(input, rules)).not.toThrow();
  });

  it.each<[string, ArticleInput, new (m: string) => Error, RegExp]>([
    [
      "javascript: url",
      { text: TEXT, url: "javascript:alert(1)" },
      InputError,
      /api: url .*http.*javascript:/,
    ],
    ["data: url", { text: TEXT, url: "data:text/html,x" }, InputError, /got data:/],
    ["file: url", { text: TEXT, url: "file:///etc/passwd" }, InputError, /got file:/],
    ["vbscript: url", { text: TEXT, url: "vbscript:msgbox" }, InputError, /got vbscript:/],
    ["ftp: url", { text: TEXT, url: "ftp://example.org/a" }, InputError, /got ftp:/],
    ["a url that does not parse", { text: TEXT, url: "http://" }, InputError, /not a valid URL/],
    ["NUL in title", { text: TEXT, title: "a\u0000b" }, InputError, /title contains control/],
    ["escape in title", { text: TEXT, title: "a\u001b[31m" }, InputError, /title contains control/],
    ["C1 control in title", { text: TEXT, title: "a\u0085" }, InputError, /title contains control/],
    ["newline in title", { text: TEXT, title: "a\nb" }, InputError, /title contains control/],
    ["NUL in source", { text: TEXT, source: "\u0000" }, InputError, /source contains control/],
    ["NUL in text", { text: `${TEXT}\u0000` }, InputError, /text contains control/],
    ["blank text", { text: " \n\t" }, InputError, /no text/],
    ["English text", { text: "The minister visited Amman." }, NotArabicError, /no Arabic text found/],
    ["Chinese text", { text: "部长访问了安曼。" }, NotArabicError, /no Arabic text found/],
    ["Arabic digits and punctuation only", { text: "٢٠٢٤ ، ؟" }, NotArabicError, /no Arabic/],
    [
      "one byte over",
      { text: "ب".repeat(500) + "." },
      TooLargeError,
      /1,001 bytes.*1,000 bytes.*KG_MAX_ARTICLE_BYTES/,
    ],
  ])("refuses %s", (_name, input, type, message) => {
    expect(() => checkArticle(input, rules)).toThrow(type);
    expect(() => checkArticle(input, rules)).toThrow(message);
  });
});

describe("hasArabicLetter", () => {
  it.each([
    ["ب", true],
    ["Persian گ", true],
    ["presentation form ﻻ", true],
    ["٣", false],
    ["abc", false],
  ])("%s → %s", (text, expected) => {
    expect(hasArabicLetter(text)).toBe(expected);
  });
});

describe("maxArticleBytes", () => {
  it.each([
    [{}, DEFAULT_MAX_ARTICLE_BYTES],
    [{ KG_MAX_ARTICLE_BYTES: "" }, DEFAULT_MAX_ARTICLE_BYTES],
    [{ KG_MAX_ARTICLE_BYTES: " 65536 " }, 65_536],
  ])("%j → %i", (env, expected) => {
    expect(maxArticleBytes(env)).toBe(expected);
  });

  it.each(["0", "-1", "2MB", "1.5"])("refuses KG_MAX_ARTICLE_BYTES=%s", (raw) => {
    expect(() => maxArticleBytes({ KG_MAX_ARTICLE_BYTES: raw })).toThrow(ConfigError);
    expect(() => maxArticleBytes({ KG_MAX_ARTICLE_BYTES: raw })).toThrow(/KG_MAX_ARTICLE_BYTES/);
  });

  it("sizes the API's body limit from it, so an oversized article gets the 413 naming it", () => {
    expect(apiConfig({})).toMatchObject({ maxArticleBytes: 2 * 1024 * 1024, bodyLimit: 5 * 1024 * 1024 });
    expect(apiConfig({ KG_MAX_ARTICLE_BYTES: String(10 * 1024 * 1024) }).bodyLimit).toBe(21 * 1024 * 1024);
  });
});

describe("screenArticles", () => {
  it("keeps what passes and reports the rest with their labels", () => {
    const { items, failures } = screenArticles(
      [
        { label: "a.txt", input: { text: TEXT } },
        { label: "feed.jsonl:2", input: { text: TEXT, url: "javascript:void(0)" } },
        { label: "b.txt", input: { text: "English only" } },
      ],
      { maxBytes: 1_000, owner: "ingest" },
    );
    expect(items.map((i) => i.label)).toEqual(["a.txt"]);
    expect(failures).toEqual([
      { label: "feed.jsonl:2", reason: expect.stringMatching(/^feed\.jsonl:2: ingest: url must be/) },
      { label: "b.txt", reason: expect.stringMatching(/^b\.txt: ingest: no Arabic text found/) },
    ]);
  });
});

describe("kg extract", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rawabit-validate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses a file of binary text (NUL bytes)", async () => {
    const file = path.join(dir, "nul.txt");
    writeFileSync(file, `${TEXT}\u0000`);
    await expect(kgExtract([file])).rejects.toThrow(/kg extract: article text contains control/);
  });

  it("warns that an English file has no Arabic text and still prints one JSON document", async () => {
    const file = path.join(dir, "english.txt");
    writeFileSync(file, "The minister visited Amman.");
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      await expect(kgExtract([file, "--json", "--no-tagger"])).resolves.toBe(0);
      expect(errors.mock.calls.flat().join("\n")).toMatch(/kg extract: no Arabic text found/);
      expect(JSON.parse(String(out.mock.calls[0]?.[0]))).toMatchObject({ entities: [], relations: [] });
    } finally {
      errors.mockRestore();
      out.mockRestore();
    }
  });
});
