import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../../../ingest/config.js";
import { extract } from "../../../ingest/extract/index.js";

const dir = mkdtempSync(path.join(tmpdir(), "rawabit-extract-"));
const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

function kg(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT_DIR, "ingest/cli/kg.ts"), "extract", ...args],
    {
      cwd: ROOT_DIR,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("extract on bad input", () => {
  it.each([
    ["empty", ""],
    ["whitespace", " \n\t\u200f \n"],
    ["markup only", "<html><script>var a = 'بغداد';</script></html>"],
  ])("%s → empty result with a warning", (_label, text) => {
    const r = extract(text, { html: true, tagger: false });
    expect(r.entities).toEqual([]);
    expect(r.warnings?.[0]).toMatch(/empty/);
  });

  it("rejects an article whose text is not a string", () => {
    expect(() => extract({ text: 42 } as unknown as string)).toThrow(/must be a string \(got number\)/);
  });

  it("English-only text does not crash and finds no Arabic entities", () => {
    const r = extract("The president met the prime minister in Washington on Monday.", { tagger: false });
    expect(r.entities).toEqual([]);
    expect(r.sentences).toHaveLength(1);
  });

  it("HTML: markup and scripts removed, offsets into the HTML string", () => {
    const html =
      "<html><head><script>var x = 'داعش واشنطن';</script></head><body><p>استقبل الرئيس الأميركي <b>جو&nbsp;بايدن</b> في البيت الأبيض.</p></body></html>";
    const r = extract(html, { html: true, tagger: false });
    expect(r.entities.map((e) => e.id)).toEqual(["country:US", "person:joe-biden", "loc:white-house"]);
    for (const e of r.entities) for (const m of e.mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
    expect(r.entities.find((e) => e.id === "person:joe-biden")?.mentions[0]?.text).toBe("جو&nbsp;بايدن");
  });

  it("a large article is handled in roughly linear time", () => {
    const sentence =
      "وقال رئيس الوزراء العراقي مصطفى الكاظمي إن التعاون مع واشنطن في مجال مكافحة الإرهاب مستمر. ";
    const small = sentence.repeat(2_000);
    const large = sentence.repeat(8_000);
    // CPU time, not wall time: the machine running the tests may be shared.
    const cpuMs = (since: NodeJS.CpuUsage): number => {
      const u = process.cpuUsage(since);
      return (u.user + u.system) / 1000;
    };
    let t = process.cpuUsage();
    extract(small, { tagger: false });
    const smallMs = cpuMs(t);
    t = process.cpuUsage();
    const r = extract(large, { tagger: false });
    const largeMs = cpuMs(t);
    expect(r.entities.find((e) => e.id === "country:US")?.mentions).toHaveLength(8_000);
    // 4x the text: linear is 4x the time; allow noise from a shared machine, not quadratic growth.
    expect(largeMs / smallMs).toBeLessThan(10);
  }, 60_000);
});

describe("kg extract (CLI)", () => {
  it("prints exactly one JSON document with exact offsets", () => {
    const text = "استقبل الرئيس الأميركي جو بايدن في البيت الأبيض رئيس الوزراء العراقي مصطفى الكاظمي.\n";
    const r = kg(file("a.txt", text), "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      entities: { mentions: { start: number; end: number; text: string }[] }[];
    };
    expect(Object.keys(doc)).toEqual(["entities", "relations", "statements", "values", "sentences"]);
    expect(doc.entities.length).toBeGreaterThanOrEqual(4);
    for (const e of doc.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }, 60_000);

  it("names the file when it is not UTF-8", () => {
    const bad = file("cp1256.txt", Buffer.from([0xc7, 0xe1, 0xda, 0xd1, 0xc7, 0xde, 0xff, 0xfe]));
    const r = kg(bad, "--json", "--no-tagger");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toMatch(/not valid UTF-8/);
  }, 60_000);

  it("warns on an empty file and prints an empty result", () => {
    const r = kg(file("empty.txt", "  \n"), "--json", "--no-tagger");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ entities: [], relations: [], statements: [], values: [] });
    expect(r.stderr).toMatch(/empty/);
  }, 60_000);

  it("strips markup from .html files", () => {
    const html = "<p>قال <i>بايدن</i> إن واشنطن ملتزمة.</p><script>alert('العراق')</script>";
    const r = kg(file("a.html", html), "--json", "--no-tagger");
    const doc = JSON.parse(r.stdout) as { entities: { id: string }[] };
    expect(doc.entities.map((e) => e.id)).toEqual(["person:joe-biden", "country:US"]);
  }, 60_000);

  it("prints a readable summary without --json", () => {
    const r = kg(file("b.txt", "قال وزير الخارجية الفرنسي إن باريس تدعم بغداد."), "--no-tagger");
    expect(r.stdout).toMatch(/Country \(2\)/);
    expect(r.stdout).toMatch(/فرنسا \(France\) ×2/);
  }, 60_000);

  it("rejects a missing file with a clear message", () => {
    const r = kg(path.join(dir, "nope.txt"), "--no-tagger");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*nope\.txt \(ENOENT\)/);
  }, 60_000);
});
