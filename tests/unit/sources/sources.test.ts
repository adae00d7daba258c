import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../../ingest/sources/decode.js";
import { collectSources, listFiles } from "../../../ingest/sources/discover.js";
import { htmlToArticle } from "../../../ingest/sources/html.js";
import { parseJsonl } from "../../../ingest/sources/jsonl.js";
import { titleFromText } from "../../../ingest/sources/readers.js";

const dir = mkdtempSync(path.join(tmpdir(), "rawabit-sources-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("htmlToArticle", () => {
  const page = `<!doctype html><html><head><title>بايدن &amp; الكاظمي</title><script>var x = "<p>no</p>";</script></head>
<body><nav><a href="/">الرئيسية</a></nav><article><h1>عنوان داخلي</h1><p>استقبل الرئيس جو بايدن&nbsp;رئيس الوزراء.</p>
<!-- تعليق --><p>وقال إن &quot;الشراكة&quot; مستمرة &#1605;.</p></article><footer>حقوق النشر</footer></body></html>`;

  it("keeps the article's text without markup, scripts, navigation or footer", () => {
    const { title, text } = htmlToArticle(page);
    expect(title).toBe("بايدن & الكاظمي");
    expect(text).toContain("استقبل الرئيس جو بايدن رئيس الوزراء.");
    expect(text).toContain('وقال إن "الشراكة" مستمرة م.');
    expect(text).not.toMatch(/<|الرئيسية|حقوق النشر|no|تعليق/);
  });

  it("falls back to the first <h1> for the title and <body> for the text", () => {
    expect(htmlToArticle("<body><h1>خبر عاجل</h1><p>نص الخبر</p></body>")).toEqual({
      title: "خبر عاجل",
      text: "خبر عاجل\n\nنص الخبر",
      publishedAt: null,
    });
  });
});

describe("titleFromText", () => {
  it.each([
    ["headline then body", "بايدن يستقبل الكاظمي\n\nاستقبل الرئيس...", "بايدن يستقبل الكاظمي"],
    ["markdown heading", "# عنوان\nنص", "عنوان"],
    ["a single paragraph", "نص بلا عنوان", undefined],
    ["a first line too long to be a headline", `${"كلمة ".repeat(60)}\nنص`, undefined],
  ])("%s", (_what, text, title) => {
    expect(titleFromText(text)).toBe(title);
  });
});

describe("parseJsonl", () => {
  it("reads valid lines and names file:line for each bad one", () => {
    const content = [
      '{"text": "نص أول", "title": "عنوان", "url": "https://example.com/a", "publishedAt": "2021-07-26"}',
      "",
      "{not json",
      '{"title": "بلا نص"}',
      '{"text": "   "}',
      '{"text": "نص", "url": "not a url"}',
      '{"text": "نص", "extra": 1}',
      '{"text": "نص ثان"}',
    ].join("\n");
    const lines = parseJsonl(content, "feed.jsonl");
    expect(lines.filter((l) => l.ok).map((l) => (l.ok ? l.item.label : ""))).toEqual([
      "feed.jsonl:1",
      "feed.jsonl:8",
    ]);
    const reasons = lines.flatMap((l) => (l.ok ? [] : [l.reason]));
    expect(reasons).toHaveLength(5);
    expect(reasons[0]).toMatch(/^feed\.jsonl:3: not valid JSON/);
    expect(reasons[1]).toMatch(/^feed\.jsonl:4: .*text: Required/);
    expect(reasons[2]).toMatch(/^feed\.jsonl:5: .*text is empty/);
    expect(reasons[3]).toMatch(/^feed\.jsonl:6: .*url/);
    expect(reasons[4]).toMatch(/^feed\.jsonl:7: .*extra/);
  });
});

describe("decodeUtf8", () => {
  it("refuses invalid UTF-8 naming the file", () => {
    expect(() => decodeUtf8(new Uint8Array([0xc7, 0xe1, 0xda]), "news/cp1256.txt")).toThrow(
      /news\/cp1256\.txt is not valid UTF-8/,
    );
    expect(decodeUtf8(new TextEncoder().encode("روابط"), "x")).toBe("روابط");
  });
});

describe("collectSources", () => {
  mkdirSync(path.join(dir, "news", "deep"), { recursive: true });
  mkdirSync(path.join(dir, "news", ".hidden"), { recursive: true });
  writeFileSync(path.join(dir, "news", "a.txt"), "عنوان\nنص الخبر");
  writeFileSync(path.join(dir, "news", "deep", "b.HTML"), "<title>ب</title><p>نص</p>");
  writeFileSync(path.join(dir, "news", "deep", "c.md"), "# ج\nنص");
  writeFileSync(path.join(dir, "news", "feed.jsonl"), '{"text": "١"}\n{"text": 2}\n');
  writeFileSync(path.join(dir, "news", "notes.pdf"), "%PDF");
  writeFileSync(path.join(dir, "news", ".hidden", "x.txt"), "مخفي");
  writeFileSync(path.join(dir, "bad.txt"), Buffer.from([0xff, 0xfe, 0x00]));
  writeFileSync(path.join(dir, "image.png"), "x");

  it("walks folders recursively, in a stable order, skipping hidden folders and other files", async () => {
    const files = await listFiles(path.join(dir, "news"));
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      "news/a.txt",
      "news/deep/b.HTML",
      "news/deep/c.md",
      "news/feed.jsonl",
    ]);
  });

  it("returns articles and reports unreadable inputs without stopping", async () => {
    const stdin = [new TextEncoder().encode("من الإدخال\nنص")];
    const got = await collectSources(
      [
        path.join(dir, "news"),
        path.join(dir, "bad.txt"),
        path.join(dir, "missing"),
        path.join(dir, "image.png"),
        "-",
      ],
      { stdin },
    );
    const labels = got.items.map((i) => (i.label === "stdin" ? i.label : path.relative(dir, i.label)));
    expect(labels).toEqual([
      "news/a.txt",
      "news/deep/b.HTML",
      "news/deep/c.md",
      "news/feed.jsonl:1",
      "stdin",
    ]);
    expect(got.items[1]?.input).toEqual({ text: "ب\n\nنص", title: "ب" });
    expect(got.items[4]?.input.title).toBe("من الإدخال");
    const reasons = got.failures.map((f) => f.reason);
    expect(reasons).toHaveLength(4);
    expect(reasons[0]).toMatch(/feed\.jsonl:2: .*text/);
    expect(reasons[1]).toMatch(/bad\.txt is not valid UTF-8/);
    expect(reasons[2]).toMatch(/missing: no such file or folder/);
    expect(reasons[3]).toMatch(/image\.png: unsupported file type/);
  });

  it.each([
    ["JSONL lines", '{"text": "نص أول"}\n{"text": "نص ثان", "title": "ع"}\n', ["stdin:1", "stdin:2"]],
    ["plain text", "نص عربي\n{ليس JSON}", ["stdin"]],
    ["text starting with a brace", "{ملاحظة} نص", ["stdin"]],
  ])("reads standard input as %s", async (_, content, labels) => {
    const got = await collectSources(["-"], { stdin: [new TextEncoder().encode(content)] });
    expect(got.items.map((i) => i.label)).toEqual(labels);
    expect(got.failures).toEqual([]);
  });

  it("reads JSONL from standard input as it arrives, whatever the chunk boundaries", async () => {
    const content =
      '\n{"text": "نص أول"}\r\n\n{"text": "نص ثان", "title": "عنوان"}\nnot json\n{"text": "ثالث"}';
    const bytes = new TextEncoder().encode(content);
    // Three bytes at a time: chunks end inside lines and inside two-byte Arabic letters.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) =>
      bytes.slice(i * 3, i * 3 + 3),
    );
    const got = await collectSources(["-"], { stdin: chunks });
    expect(got.items.map((i) => [i.label, i.input.text, i.input.title])).toEqual([
      ["stdin:2", "نص أول", undefined],
      ["stdin:4", "نص ثان", "عنوان"],
      ["stdin:6", "ثالث", undefined],
    ]);
    expect(got.failures.map((f) => f.label)).toEqual(["stdin:5"]);
  });

  it("refuses standard input that is not UTF-8 and keeps nothing of it", async () => {
    const good = new TextEncoder().encode('{"text": "نص"}\n');
    const got = await collectSources(["-"], { stdin: [good, Uint8Array.from([0xff, 0xfe, 0x0a])] });
    expect(got.items).toEqual([]);
    expect(got.failures.map((f) => f.reason)).toEqual([expect.stringMatching(/stdin is not valid UTF-8/)]);
  });

  it("reports a bad JSONL line from standard input and keeps the rest", async () => {
    const content = '{"text": "نص"}\nnot json\n';
    const got = await collectSources(["-"], { stdin: [new TextEncoder().encode(content)] });
    expect(got.items.map((i) => i.label)).toEqual(["stdin:1"]);
    expect(got.failures[0]?.reason).toMatch(/stdin:2/);
  });
});
