/**
 * Rule-based romanisation of one unvocalised Arabic word the name list does not know. Arabic
 * writes long vowels (ا و ي) but not short ones, so we read the word as consonants and long
 * vowels and insert short vowels where English readers need them: never a cluster at the start,
 * never three consonants in a row, a vowel before a word-final consonant (fa'al: فهد → Fahad),
 * fa'il after a long a (ناظم → Nadhem, كاظمي → Kadhimi), muf'il after م (مسلم → Muslim), the
 * nisba ي → -i and ة / ى → -a. Consonants follow the news convention (ظ → dh, ق → q, ع silent).
 */
import { stripMarks } from "./normalize.js";

const CONSONANTS: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "th",
  ج: "j",
  ح: "h",
  خ: "kh",
  د: "d",
  ذ: "dh",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "sh",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "dh",
  ع: "",
  غ: "gh",
  ف: "f",
  ق: "q",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  و: "w",
  ي: "y",
  ء: "",
  أ: "",
  إ: "",
  ؤ: "",
  ئ: "",
  ة: "h",
  پ: "p",
  چ: "ch",
  ڤ: "v",
  گ: "g",
  ک: "k",
  ی: "y",
};
const INITIAL_VOWELS: Record<string, string> = { أ: "a", إ: "i", آ: "a", ا: "a", ٱ: "a" };

interface Seg {
  vowel: boolean;
  latin: string;
  /** The Arabic letter, for pattern checks. */
  ar: string;
}

function segments(base: string): Seg[] {
  const segs: Seg[] = [];
  const chars = [...base];
  chars.forEach((ch, k) => {
    const next = chars[k + 1];
    const prev = segs[segs.length - 1];
    const second = k === 1 && next !== undefined && CONSONANTS[next] !== undefined && !/[اويى]/.test(next);
    if (k === 0 && INITIAL_VOWELS[ch] !== undefined)
      segs.push({ vowel: true, latin: INITIAL_VOWELS[ch], ar: ch });
    // إيطاليا، أوراكل: a long vowel after the initial alef is the word's first sound (Italia, Orakel).
    else if (second && ch === "ي" && chars[0] === "إ" && prev) prev.latin = "i";
    else if (second && ch === "و" && (chars[0] === "أ" || chars[0] === "ا") && prev) prev.latin = "o";
    else if (ch === "ا" || ch === "آ" || ch === "ى") segs.push({ vowel: true, latin: "a", ar: ch });
    else if ((ch === "و" || ch === "ي") && k > 0 && next !== "ا" && prev?.vowel !== true)
      segs.push({ vowel: true, latin: ch === "و" ? "ou" : "i", ar: ch });
    else if (CONSONANTS[ch] !== undefined) segs.push({ vowel: false, latin: CONSONANTS[ch], ar: ch });
  });
  return segs;
}

/**
 * Splits a final suffix: nisba ي → i, the -awi nisba وي (عطوي → Atawi), ة / ى → a, اء → aa, and
 * a final و after a consonant → o, as the foreign names that end so are spelled (Rodrigo, Alberto).
 */
function splitSuffix(word: string): { base: string; suffix: string } {
  if (word.length >= 3 && word.endsWith("اء")) return { base: word.slice(0, -2), suffix: "aa" };
  if (word.length >= 4 && /[^اوي]وي$/.test(word)) return { base: word.slice(0, -2), suffix: "awi" };
  if (word.length >= 2 && /[ةى]$/.test(word)) return { base: word.slice(0, -1), suffix: "a" };
  if (word.length >= 3 && /[^اوي]ي$/.test(word)) return { base: word.slice(0, -1), suffix: "i" };
  if (word.length >= 3 && /[^اوي]و$/.test(word)) return { base: word.slice(0, -1), suffix: "o" };
  return { base: word, suffix: "" };
}

// فُعَيْلِي, the diminutive nisba of Gulf family names (عتيبي، مطيري، رويلي، سبيعي): two
// consonants (و the second may be), ي, a consonant and the nisba ي.
const DIMINUTIVE_NISBA = /^([^اويىءأإآؤئ])([^اىيءأإآؤئ])ي([^اويىءأإآؤئ])ي$/;

/** عتيبي → otaibi, سبيعي → subaie: news spells the diminutive with u and ai. */
export function diminutiveNisba(word: string): string | null {
  const m = DIMINUTIVE_NISBA.exec(word);
  if (!m) return null;
  const [, c1, c2, c3] = m as unknown as [string, string, string, string];
  const first = c1 === "ع" ? "o" : `${CONSONANTS[c1] ?? ""}u`;
  const last = c3 === "ع" ? "e" : `${CONSONANTS[c3] ?? ""}i`;
  return `${first}${CONSONANTS[c2] ?? ""}ai${last}`;
}

// فُعَيْل, the diminutive of Gulf family names (حقيل، سديس، دويش): two consonants, ي, a consonant.
const DIMINUTIVE = /^([^اويىءأإآؤئة])([^اىيءأإآؤئة])ي([^اويىءأإآؤئة])$/;

/**
 * A family name's stem read as the diminutive (السديس → sudais, العثيم → othaim), which the
 * article makes the likelier reading of فعيل among names no table knows; null for other shapes.
 */
export function familyDiminutive(stem: string): string | null {
  const m = DIMINUTIVE.exec(stripMarks(stem));
  if (!m) return null;
  const [, c1, c2, c3] = m as unknown as [string, string, string, string];
  const first = c1 === "ع" ? "o" : `${CONSONANTS[c1] ?? ""}u`;
  return `${first}${CONSONANTS[c2] ?? ""}ai${CONSONANTS[c3] ?? ""}`;
}

const C = "[^اويىءأإآؤئة]";
// Verbal nouns of the derived forms, which begin with a hamzat al-wasl read i: استفعال
// (استثمار → istithmar), افتعال (اقتصاد → iqtisad; اتحاد → ittihad, its ت doubled) and انفعال
// (انسحاب → insihab).
const DERIVED = [
  new RegExp(`^است(${C})(${C})ا(.+)$`),
  new RegExp(`^ا(${C})ت(${C})ا(.+)$`),
  new RegExp(`^ات(${C})ا(.+)$`),
  new RegExp(`^ان(${C})(${C})ا(.+)$`),
];

/** اقتصادية → iqtisadia: the derived-form prefix spelled with its vowels, the rest by the rules. */
function derivedVerbalNoun(word: string): string | null {
  // The patterns in order, each tried only when the one before failed (every word is asked).
  const [X, VIII, VIII_T, VII] = DERIVED as [RegExp, RegExp, RegExp, RegExp];
  const x = X.exec(word);
  if (x) return `isti${consonant(x[1])}${consonant(x[2])}a${derivedRest(x)}`;
  const viii = VIII.exec(word);
  if (viii) return `i${consonant(viii[1])}ti${consonant(viii[2])}a${derivedRest(viii)}`;
  const viiiT = VIII_T.exec(word);
  if (viiiT) return `itti${consonant(viiiT[1])}a${transliterate(viiiT[2] as string)}`;
  const vii = VII.exec(word);
  if (vii) return `in${consonant(vii[1])}i${consonant(vii[2])}a${derivedRest(vii)}`;
  return null;
}

function consonant(ch: string | undefined): string {
  return CONSONANTS[ch ?? ""] ?? "";
}

function derivedRest(m: RegExpExecArray): string {
  return transliterate(m[3] as string);
}

// Consonants English surnames put before -son (Robertson, Watson, Johnson, Nelson, Jackson,
// Thompson, Ferguson); an Arabic word in -سون has a guttural or a long vowel there (حسون، مأمون).
const ENGLISH_SON = /^(..+[رتطنلكبغ])سون$/;

// A Slavic surname in -يتش (four letters at least before it: not an Arabic word).
const SLAVIC_IC = /^(.{4,})يتش$/;

/** Romanises one Arabic word (no article, no clitics) in lowercase: كاظمي → "kadhimi". */
export function transliterate(word: string): string {
  const bare = stripMarks(word);
  const dim = diminutiveNisba(bare);
  if (dim) return dim;
  const derived = derivedVerbalNoun(bare);
  if (derived) return derived;
  // واطسون، نيلسون: the English patronymic -son after a consonant (not حسون، which is Arabic).
  const son = ENGLISH_SON.exec(bare);
  if (son) return `${transliterate(son[1] as string)}son`;
  // ماندزوكيتش، ميلوسيفيتش: the Slavic patronymic -ić, which English news writes -ic.
  const ic = SLAVIC_IC.exec(bare);
  // ف before it is the v of -ović (Arabic has no v).
  if (ic) return `${foreignVowels(transliterate(ic[1] as string)).replace(/f$/, "v")}ic`;
  // حي، طي: a consonant and ي alone read "ay" (Abdulhay), not a long i.
  if (/^[^اويىءأإآؤئ]ي$/.test(bare)) return `${CONSONANTS[bare[0] as string] ?? ""}ay`;
  const { base, suffix } = splitSuffix(bare);
  const segs = segments(base);
  const first = segs[0];
  const hasLongU = segs.some((s) => s.vowel && s.ar === "و");
  const mPrefix = first?.ar === "م" && !hasLongU && segs.length >= 4;
  let out = "";
  let run = 0; // consonants written since the last vowel
  segs.forEach((seg, idx) => {
    if (seg.vowel) {
      out += seg.latin;
      run = 0;
      return;
    }
    if (run > 0) {
      const last = idx === segs.length - 1;
      const faIl = last && idx >= 3 && segs[idx - 2]?.ar === "ا";
      let v = "";
      if (idx === 1) v = mPrefix ? "u" : "a";
      else if (run >= 2) v = last && mPrefix ? "i" : "a";
      else if (last && faIl) v = suffix ? "i" : "e";
      else if (last && !suffix) v = "a";
      if (v) {
        out += v;
        run = 0;
      }
    }
    out += seg.latin;
    run++;
  });
  // رودريقو: a name ending in -o is foreign, and its و inside is o too (Rodriqo, not Roudriqo).
  return suffix === "o" ? foreignVowels(out) + suffix : out + suffix;
}

/** A foreign name's و is o (Petrovic, Alberto): ou is the spelling of Arabic ū (Mahmoud). */
const foreignVowels = (latin: string): string => latin.replace(/ou/g, "o");

// Letters Arabic names have and European names written in Arabic do not (ح ع ص ض ظ ذ): a word
// with one is romanised by the Arabic rules even inside a foreign name.
const ARABIC_ONLY = /[حعصضظذ]/;

/** True when a word may be read with European conventions (no letter only Arabic words have). */
export const foreignReadable = (word: string): boolean => !ARABIC_ONLY.test(word);

// European names written in Arabic: ج ق غ are g (Gross, Gomez, Fargo), as Gulf papers write
// them; خ is the Spanish j (Julio); و is o and ي is i; ك is k; ة / ه after a vowel are silent.
const FOREIGN: Record<string, string> = {
  ...CONSONANTS,
  ج: "g",
  ق: "g",
  غ: "g",
  خ: "j",
  ة: "a",
};

/**
 * Romanises one word of a foreign (European) name with European conventions, in lowercase:
 * جروس → gros, فارجو → fargo, جوميز → gomez, كوغلمان → kogelman. Consonants are written as they
 * stand; an e goes between two consonants only where English cannot join them (at the start,
 * except before r or l and after s, and in a run of three).
 */
export function transliterateForeign(word: string): string {
  let bare = stripMarks(word);
  let suffix = "";
  // -يز, the Spanish patronymic -ez (Gomez, Fernandez); -يه, a final e (Herve, Jose).
  if (bare.length >= 4 && /[^اوي]يز$/.test(bare)) [bare, suffix] = [bare.slice(0, -2), "ez"];
  else if (bare.length >= 3 && /يه$/.test(bare)) [bare, suffix] = [bare.slice(0, -2), "e"];
  // -يتش, the Slavic -ić; -تش elsewhere is ch.
  else if (bare.length >= 6 && /يتش$/.test(bare)) [bare, suffix] = [bare.slice(0, -3), "ic"];
  const chars = [...bare.replace(/تش/g, "چ")];
  const segs: { vowel: boolean; latin: string }[] = [];
  chars.forEach((ch, k) => {
    const next = chars[k + 1];
    const prev = segs[segs.length - 1];
    if (k === 0 && INITIAL_VOWELS[ch] !== undefined) {
      // أوليفر، إيفان: the long vowel after the initial alef is the first sound.
      if (next === "و") segs.push({ vowel: true, latin: "o" });
      else if (next === "ي" && ch === "إ") segs.push({ vowel: true, latin: "i" });
      else segs.push({ vowel: true, latin: INITIAL_VOWELS[ch] as string });
    } else if (k === 1 && (ch === "و" || ch === "ي") && prev?.vowel && INITIAL_VOWELS[chars[0] as string]) {
      // Taken with the alef.
    } else if (ch === "ا" || ch === "آ" || ch === "ى") segs.push({ vowel: true, latin: "a" });
    else if (ch === "و" && prev?.latin === "o") {
      // A doubled و is one o.
    } else if ((ch === "و" || ch === "ي") && k > 0 && (next !== "ا" || prev?.vowel === false))
      // جوا، بيا: before a long a the letter is a vowel too (Guardiola, Bianchi); يو is io.
      segs.push({ vowel: true, latin: ch === "و" ? (next === "ا" ? "u" : "o") : "i" });
    else if (ch === "و" && k > 0 && (k === chars.length - 1 || prev?.latin === "i"))
      segs.push({ vowel: true, latin: "o" });
    else if ((ch === "ة" || ch === "ه") && k === chars.length - 1 && prev?.vowel) {
      // A silent final h after a vowel.
    } else if (FOREIGN[ch] !== undefined) segs.push({ vowel: false, latin: FOREIGN[ch] as string });
  });
  let out = "";
  let run = 0;
  segs.forEach((seg, idx) => {
    if (seg.vowel) {
      out += seg.latin;
      run = 0;
      return;
    }
    const before = idx > 0 ? segs[idx - 1] : undefined;
    const liquid = /^[rl]$/.test(seg.latin);
    // شتايغر، كيفن: a final r, l, n or m after a consonant reads -er, -el, -en, -em (Steiger, Kevin).
    const last = idx === segs.length - 1;
    if (run >= 1 && last && (liquid || (/^[nm]$/.test(seg.latin) && !/^[rls]$/.test(before?.latin ?? ""))))
      out += "e";
    else if (run === 1 && idx === 1 && !liquid && before?.latin !== "s") out += "e";
    else if (run >= 2 && !liquid) {
      out += "e";
      run = 0;
    }
    out += seg.latin;
    run++;
  });
  return out + suffix;
}
