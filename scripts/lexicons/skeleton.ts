/**
 * Does an Arabic name sound like its English name? Both are reduced to consonant classes (vowels,
 * h, w, y and ع dropped: English spellings add or lose them freely) and compared by longest common
 * subsequence. A transliteration (حلب / Aleppo, دمشق / Damascus) scores high; a machine
 * translation of the English word (دفن for Bury, مباشرة for Directly) scores near zero.
 */

const ARABIC_CLASS: Record<string, string> = {
  ب: "B",
  ت: "T",
  ط: "T",
  ث: "S",
  ج: "G",
  غ: "G",
  د: "D",
  ض: "D",
  ذ: "D",
  ظ: "D",
  ر: "R",
  ز: "Z",
  س: "S",
  ص: "S",
  ش: "S",
  ف: "F",
  ق: "K",
  ك: "K",
  ل: "L",
  م: "M",
  ن: "N",
  پ: "B",
  چ: "S",
  ڤ: "F",
  گ: "G",
};

// Longest first: digraphs before single letters.
const ENGLISH_CLASS: [string, string][] = [
  ["tch", "S"],
  ["sch", "S"],
  ["sh", "S"],
  ["ch", "S"],
  ["th", "S"],
  ["dh", "D"],
  ["ph", "F"],
  ["kh", ""],
  ["gh", "G"],
  ["ck", "K"],
  ["qu", "K"],
  ["x", "KS"],
  ["b", "B"],
  ["p", "B"],
  ["t", "T"],
  ["d", "D"],
  ["g", "G"],
  ["j", "G"],
  ["r", "R"],
  ["z", "Z"],
  ["s", "S"],
  ["c", "K"],
  ["k", "K"],
  ["q", "K"],
  ["f", "F"],
  ["v", "F"],
  ["l", "L"],
  ["m", "M"],
  ["n", "N"],
];

const collapse = (s: string): string => s.replace(/(.)\1+/g, "$1");

export function arabicSkeleton(ar: string): string {
  const words = ar.split(/\s+/).map((w) => w.replace(/^ال(?=..)/, ""));
  return collapse([...words.join("")].map((ch) => ARABIC_CLASS[ch] ?? "").join(""));
}

export function englishSkeleton(en: string): string {
  const words = en
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/^(al|el|as|ad|ar|an|at|az|ash)-/, ""));
  let out = "";
  for (const word of words) {
    // A soft c (Cecil, Francisco) is an s.
    const w = word.replace(/c(?=[eiy])/g, "s");
    for (let i = 0; i < w.length;) {
      const hit = ENGLISH_CLASS.find(([from]) => w.startsWith(from, i));
      if (hit) {
        out += hit[1];
        i += hit[0].length;
      } else i++;
    }
  }
  return collapse(out);
}

function lcs(a: string, b: string): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, row[j - 1] as number);
      diag = up;
    }
  }
  return row[b.length] as number;
}

/** 0 (nothing in common) to 1 (the same consonants in the same order). */
export function soundsAlike(ar: string, en: string): number {
  const a = arabicSkeleton(ar);
  const e = englishSkeleton(en);
  if (a.length + e.length === 0) return 1;
  return (2 * lcs(a, e)) / (a.length + e.length);
}
