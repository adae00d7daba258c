// Names written for these tests: usual English spellings from the transliteration table.
import { describe, expect, it } from "vitest";
import { romanizeName } from "../../../ingest/text/romanize.js";

describe("romanizeName with the transliteration table", () => {
  it.each([
    ["جون كيري", "John Kerry"],
    ["ستيفن هوكينغ", "Stephen Hawking"],
    ["شون", "Sean"],
    ["هارفارد", "Harvard"],
    ["فرانك شتاينماير", "Frank Steinmeier"],
    // Hand-written spellings of Arabic given names still win over the table's most frequent form.
    ["خالد عبدالله", "Khalid Abdullah"],
    ["محمد الكاظمي", "Mohammed al-Kadhimi"],
  ])("%s → %s", (ar, en) => {
    expect(romanizeName(ar)).toBe(en);
  });
});
