/**
 * Matching normalisation: used to compare Arabic strings, never for display.
 * Removes diacritics (U+064B–065F, U+0670) and tatweel, unifies alef forms (أ إ آ ٱ → ا),
 * ى → ي, ة → ه, and maps Arabic-Indic / Persian digits to ASCII.
 *
 * @example normalizeForMatch("أمريكا") === normalizeForMatch("امريكا")
 */
export function normalizeForMatch(input: string): string {
  // Most words need no change: they are returned as they are, without a copy built letter by letter.
  let i = 0;
  while (i < input.length && !folded(input.charCodeAt(i))) i++;
  if (i === input.length) return input;
  // The unchanged runs between folded letters are copied whole, not letter by letter.
  let out = input.slice(0, i);
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code >= 0x0660 && code <= 0x0669) out += DIGITS[code - 0x0660];
    else if (code >= 0x06f0 && code <= 0x06f9) out += DIGITS[code - 0x06f0];
    else if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) out += "ا";
    else if (code === 0x0649) out += "ي";
    else if (code === 0x0629) out += "ه";
    // else a diacritic or tatweel: dropped
    let j = ++i;
    while (j < input.length && !folded(input.charCodeAt(j))) j++;
    if (j > i) out += input.slice(i, j);
    i = j;
  }
  return out;
}

const DIGITS = "0123456789";

/** Whether normalizeForMatch changes or drops this UTF-16 code unit (none is a surrogate). */
function folded(code: number): boolean {
  if (code < 0x0622) return false;
  return (
    isArabicMark(code) ||
    code === 0x0640 ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x06f0 && code <= 0x06f9) ||
    code === 0x0623 ||
    code === 0x0625 ||
    code === 0x0622 ||
    code === 0x0671 ||
    code === 0x0649 ||
    code === 0x0629
  );
}

/**
 * Lighter matching form that keeps ى apart from ي, for lookups where the two are different
 * words (على "on" vs علي "Ali"). Otherwise the same as normalizeForMatch.
 */
export function normalizeLight(input: string): string {
  if (!input.includes("ى")) return normalizeForMatch(input);
  return input
    .split("ى")
    .map((part) => normalizeForMatch(part))
    .join("ى");
}

/** True for Arabic letters proper (not digits, punctuation or diacritics). */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x064a) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    (code >= 0x06fa && code <= 0x06ff)
  );
}

/** True for the combining marks that matching ignores (harakat, superscript alef). */
export function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/**
 * Display form of a name: the letters as written, without harakat, superscript alef or tatweel.
 * The written form (with its marks) stays a mention and an alias.
 *
 * @example stripMarks("مُحَمَّد") === "محمد"
 */
export function stripMarks(input: string): string {
  return input.replace(/[\u064b-\u065f\u0670\u0640]/g, "");
}

// Compound names written with or without their space: عبد العزيز / عبدالعزيز, نصر الله /
// نصرالله, نور الدين / نورالدين. In the identity form they are one part.
const JOIN_BEFORE = new Set(["عبد"]);
const JOIN_AFTER = new Set(["الله", "الدين"]);

/**
 * The parts of a name for identity: matching-normalised, compounds joined into one part.
 *
 * @example identityParts(["سلمان", "بن", "عبد", "العزيز"]) → ["سلمان", "بن", "عبدالعزيز"]
 */
export function identityParts(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = normalizeForMatch(parts[i] as string);
    if (p === "") continue;
    const next = parts[i + 1];
    if (JOIN_BEFORE.has(p) && next !== undefined) {
      out.push(p + normalizeForMatch(next));
      i++;
    } else if (JOIN_AFTER.has(p) && out.length > 0 && !JOIN_BEFORE.has(out[out.length - 1] as string)) {
      out[out.length - 1] += p;
    } else out.push(p);
  }
  return out;
}

/**
 * Identity key of a name, for ids and for telling whether two written names are one: hamza
 * forms, ى/ي, ة/ه, tatweel and harakat folded (normalizeForMatch), spaces normalised, and
 * compound names joined (identityParts).
 *
 * @example identityKey("عبد العزيز") === identityKey("عبدالعزيز")
 */
export function identityKey(name: string): string {
  return identityParts(name.split(/\s+/)).join(" ");
}
