import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../../../ingest/cli/commands/ner.js";
import { InputError } from "../../../ingest/errors.js";

const dir = mkdtempSync(path.join(tmpdir(), "kg-ner-"));
function file(name: string, content: string | Buffer): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function ner(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await run(args), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("kg ner --conll", () => {
  it("prints word TAG per line with the input's breaks (CRLF, repeated and trailing blanks)", async () => {
    const input =
      "التقى\r\nالرئيس\r\nالفرنسي\r\nإيمانويل\r\nماكرون\r\nفي\r\nباريس\r\n\r\n\r\nوقال\r\nماكرون\r\n\r\n";
    const { code, out } = await ner(["--conll", file("crlf.txt", input)]);
    expect(code).toBe(0);
    const lines = out.split("\n");
    expect(lines.map((l) => l.split(" ")[0])).toEqual([
      ..."التقى الرئيس الفرنسي إيمانويل ماكرون في باريس".split(" "),
      "",
      "",
      "وقال",
      "ماكرون",
      "",
      "",
    ]);
    expect(lines.filter((l) => l !== "").every((l) => /^\S+ (O|[BI]-(PERS|LOC|ORG|MISC))$/.test(l))).toBe(
      true,
    );
    expect(lines.slice(3, 5)).toEqual(["إيمانويل B-PERS", "ماكرون I-PERS"]);
    expect(lines[6]).toBe("باريس B-LOC");
  });

  it("takes the first column of a gold file", async () => {
    const { out } = await ner(["--conll", file("gold.txt", "في O\nبغداد B-LOC\n")]);
    expect(out.split("\n").map((l) => l.split(" ")[0])).toEqual(["في", "بغداد", ""]);
  });

  it("prints nothing for an empty file", async () => {
    expect(await ner(["--conll", file("empty.txt", "")])).toEqual({ code: 0, out: "" });
  });

  it.each([
    [["--conll", path.join(dir, "missing.txt")], /cannot read .*missing\.txt: no such file/],
    [["--conll", file("latin1.txt", Buffer.from([0x62, 0xe9, 0x0a]))], /latin1\.txt is not valid UTF-8/],
    [[], /give exactly one FILE/],
    [["--conll"], /--conll/],
  ])("rejects %j with a clear error", async (args, message) => {
    await expect(ner(args)).rejects.toThrow(InputError);
    await expect(ner(args)).rejects.toThrow(message);
  });
});

describe("kg ner FILE (raw text)", () => {
  it("splits sentences and words and tags them", async () => {
    const { out } = await ner([file("raw.txt", "زار ماكرون بغداد. وقال إن فرنسا تدعم العراق.\n")]);
    const blocks = out.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]?.split("\n")[0]).toBe("زار O");
    expect(blocks[0]?.split("\n").at(-1)).toBe(". O");
  });
});
