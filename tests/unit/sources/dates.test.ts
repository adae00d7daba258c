import { describe, expect, it } from "vitest";
import { normaliseDate, requireDate } from "../../../ingest/sources/dates.js";
import { htmlDate } from "../../../ingest/sources/html.js";
import { parseJsonl } from "../../../ingest/sources/jsonl.js";
import { checkArticle } from "../../../ingest/sources/validate.js";

describe("normaliseDate", () => {
  it.each([
    ["2021-07-26", "2021-07-26"],
    [" 2021-07-26 ", "2021-07-26"],
    ["2021-07-26T10:30", "2021-07-26T10:30:00Z"],
    ["2021-07-26 10:30:15", "2021-07-26T10:30:15Z"],
    ["2021-07-26T10:30:00+03:00", "2021-07-26T07:30:00Z"],
    ["2021-07-26T01:30:00+0300", "2021-07-25T22:30:00Z"],
    ["2021-07-26T10:30:00.123Z", "2021-07-26T10:30:00Z"],
  ])("%s -> %s", (raw, want) => {
    expect(normaliseDate(raw)).toBe(want);
  });

  it.each(["", "yesterday", "26/07/2021", "2021-02-30", "2021-13-01", "2021-07-26T25:00", "July 26, 2021"])(
    "refuses %j",
    (raw) => {
      expect(normaliseDate(raw)).toBeNull();
    },
  );

  it("names the field and the expected form when a date cannot be read", () => {
    expect(() => requireDate("next week", "--date", "kg ingest")).toThrow(
      /kg ingest: --date must be an ISO date such as 2021-07-26.*got "next week"/u,
    );
  });
});

describe("htmlDate", () => {
  it.each([
    [
      "article:published_time",
      `<meta property="article:published_time" content="2021-07-26T09:00:00+03:00">`,
      "2021-07-26T06:00:00Z",
    ],
    ["name=pubdate", `<meta name='pubdate' content='2020-01-02'>`, "2020-01-02"],
    ["itemprop=datePublished", `<meta itemprop="datePublished" content="2019-05-06">`, "2019-05-06"],
    [
      "JSON-LD",
      `<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2018-03-04T12:00:00Z"}</script>`,
      "2018-03-04T12:00:00Z",
    ],
    [
      "<time pubdate>",
      `<time datetime="2017-01-01">قديم</time><time pubdate datetime="2017-02-03">`,
      "2017-02-03",
    ],
    ["first <time>", `<p><time datetime="2016-06-07T08:00">٧ يونيو</time></p>`, "2016-06-07T08:00:00Z"],
  ])("reads %s", (_, html, want) => {
    expect(htmlDate(`<html><head>${html}</head><body><p>نص</p></body></html>`)).toBe(want);
  });

  it("prefers the meta to a <time> in the text, and skips dates it cannot read", () => {
    const html = `<meta property="article:published_time" content="غدا"><meta name="date" content="2015-08-01">
      <body><time datetime="1990-01-01">ذكرى</time></body>`;
    expect(htmlDate(html)).toBe("2015-08-01");
  });

  it("is null for a page without a date (the article is undated, not dated today)", () => {
    expect(htmlDate("<html><body><p>نص بلا تاريخ</p></body></html>")).toBeNull();
  });
});

describe("article dates at the input boundary", () => {
  const rules = { maxBytes: 1_000_000, owner: "api" };

  it("normalises publishedAt and refuses one that is not a date", () => {
    expect(checkArticle({ text: "نص الخبر", publishedAt: "2021-07-26T10:00+03:00" }, rules).publishedAt).toBe(
      "2021-07-26T07:00:00Z",
    );
    expect(() => checkArticle({ text: "نص الخبر", publishedAt: "أمس" }, rules)).toThrow(
      /api: publishedAt must be an ISO date/u,
    );
    expect(checkArticle({ text: "نص الخبر" }, rules).publishedAt).toBeUndefined();
  });

  it("reads JSONL publishedAt, null as undated", () => {
    const lines = parseJsonl(
      ['{"text":"نص","publishedAt":"2021-07-26"}', '{"text":"نص","publishedAt":null}'].join("\n"),
      "f.jsonl",
    );
    expect(lines.map((l) => (l.ok ? l.item.input.publishedAt : "bad"))).toEqual(["2021-07-26", undefined]);
  });
});
