import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { currentHashes, readLexicon, TRIGGERS_FILE } from "../../../ingest/ner/lexicon.js";
import { InputError } from "../../../ingest/errors.js";

function gazetteerDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "ner-lex-"));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), JSON.stringify(body));
  }
  return dir;
}

describe("readLexicon", () => {
  it("reads the committed triggers, keyed without the article", () => {
    const lex = readLexicon(TRIGGERS_FILE, "/nonexistent/lexicon");
    expect(lex.triggers.title).toEqual(expect.arrayContaining(["رئيس", "وزير", "ملك", "شيخ"]));
    expect(lex.triggers.org).toContain("وزاره");
    expect(lex.triggers.place).toContain("عاصمه");
    expect(lex.gazetteers).toEqual({});
  });

  it("classes gazetteer strings by file and key, skipping notes and non-Arabic text", () => {
    const dir = gazetteerDir({
      "data/countries.json": {
        _source: "مثال: العراق",
        countries: [{ code: "IQ", ar: "العراق", en: "Iraq", variants: ["جمهورية العراق"], nisba: ["عراقي"] }],
      },
      "data/organizations.json": { organizations: [{ ar: "الأمم المتحدة", en: "United Nations" }] },
      "data/function-words.json": { words: ["في", "من"] },
      "data/titles.json": { titles: [{ ar: "الرئيس" }], modifiers: [{ ar: "السابق" }] },
    });
    const lex = readLexicon(TRIGGERS_FILE, dir);
    expect(lex.gazetteers).toEqual({
      LOC: ["جمهوريه عراق", "عراق"],
      NISBA: ["عراقي", "عراقيه", "عراقيون", "عراقيين"],
      ORG: ["امم متحده"],
      TITLE: ["رئيس"],
    });
  });

  it("reads an entry's names, not the fields the extraction's rules keep beside them", () => {
    const dir = gazetteerDir({
      "data/organizations.json": {
        organizations: [
          { ar: "القوات الجوية", en: "Air Force", variants: ["سلاح الجو"], notBefore: ["الملكية"] },
        ],
      },
      "data/places.json": {
        placeHeads: [{ ar: "متنزه", en: "{X} Park", plural: "متنزهات" }],
        places: [{ id: "loc:x", ar: "الخليج", en: "Gulf" }],
      },
    });
    expect(readLexicon(TRIGGERS_FILE, dir).gazetteers).toEqual({
      HEAD: ["متنزه"],
      LOC: ["خليج"],
      ORG: ["سلاح جو", "قوات جويه"],
    });
  });

  it("changes the gazetteer hash when a list changes", () => {
    const a = gazetteerDir({ "cities.json": { cities: [{ ar: "بغداد" }] } });
    const b = gazetteerDir({ "cities.json": { cities: [{ ar: "بغداد" }, { ar: "الموصل" }] } });
    expect(currentHashes(TRIGGERS_FILE, a).gazetteerHash).not.toBe(
      currentHashes(TRIGGERS_FILE, b).gazetteerHash,
    );
    expect(currentHashes(TRIGGERS_FILE, a)).toEqual(currentHashes(TRIGGERS_FILE, a));
  });

  it("names a broken file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ner-lex-"));
    writeFileSync(path.join(dir, "cities.json"), "{ not json");
    expect(() => readLexicon(TRIGGERS_FILE, dir)).toThrow(InputError);
    expect(() => readLexicon(TRIGGERS_FILE, dir)).toThrow(/cities\.json is not valid JSON/);
  });
});
