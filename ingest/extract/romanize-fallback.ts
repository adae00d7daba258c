/**
 * Stand-in romanisation used until ingest/text/romanize.ts lands: letter by letter, article as
 * "al-", a short vowel guessed only where Arabic spelling shows a long one. Readable, not scholarly.
 */
const LETTERS: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ٱ: "a", ء: "'", ؤ: "'", ئ: "'", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h",
  خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z", س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "dh", ع: "'",
  غ: "gh", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", ة: "a", و: "w", ي: "y", ى: "a",
};

function word(w: string): string {
  let s = w.replace(/[\u064b-\u065f\u0670\u0640]/g, "");
  let prefix = "";
  if (s.startsWith("ال") && s.length > 3) {
    prefix = "al-";
    s = s.slice(2);
  }
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? "";
    const next = s[i + 1];
    // Long vowels between consonants read as vowels, at the edges as consonants.
    if (ch === "و" && i > 0 && next !== undefined) out += "u";
    else if (ch === "ي" && i > 0) out += i === s.length - 1 ? "i" : "i";
    else out += LETTERS[ch] ?? ch;
  }
  out = out.replace(/'+/g, "'").replace(/^'/, "");
  return prefix + (out.charAt(0).toUpperCase() + out.slice(1));
}

export function romanizeName(arabic: string): string {
  return arabic.split(/\s+/).filter(Boolean).map(word).join(" ");
}
