/**
 * Matching normalisation: used to compare Arabic strings, never for display.
 * Removes diacritics (U+064B–065F, U+0670) and tatweel, unifies alef forms (أ إ آ ٱ → ا),
 * ى → ي, ة → ه, and maps Arabic-Indic / Persian digits to ASCII.
 *
 * @example normalizeForMatch("أمريكا") === normalizeForMatch("امريكا")
 */
export function normalizeForMatch(input: string): string {
  let out = "";
  for (const ch of input) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) continue;
    if (code >= 0x0660 && code <= 0x0669) {
      out += String.fromCharCode(48 + code - 0x0660);
      continue;
    }
    if (code >= 0x06f0 && code <= 0x06f9) {
      out += String.fromCharCode(48 + code - 0x06f0);
      continue;
    }
    switch (ch) {
      case "أ":
      case "إ":
      case "آ":
      case "ٱ":
        out += "ا";
        break;
      case "ى":
        out += "ي";
        break;
      case "ة":
        out += "ه";
        break;
      default:
        out += ch;
    }
  }
  return out;
}
