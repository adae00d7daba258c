/**
 * Place rules: when a capital is the place rather than its government (في بغداد vs مع بغداد),
 * and border crossings named after a town (معبر رفح).
 */
import type { GazEntry } from "../lexicon/index.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import type { Candidate } from "./candidate.js";
import { labelId } from "./label.js";
import { strippedLetters, type Hit } from "./lookup.js";
import type { SentenceInput } from "./recognize.js";

// Words before a capital that make it a place (في بغداد) rather than its government (مع بغداد).
export const LOCATIVE = new Set([
  "في",
  "الي",
  "داخل",
  "قرب",
  "نحو",
  "وسط",
  "شمال",
  "جنوب",
  "شرق",
  "غرب",
  "العاصمه",
  "مدينه",
  "ضواحي",
]);

export function isLocative(s: SentenceInput, hit: Hit<GazEntry>): boolean {
  const t = s.tokens[hit.from] as Token;
  if (strippedLetters(t, hit.reading).includes("ب")) return true;
  for (const back of [1, 2]) {
    const prev = s.tokens[hit.from - back];
    const key = prev?.norm.replace(/^[وف](?=..)/, "") ?? "";
    if (LOCATIVE.has(key) || (back === 1 && s.lex.locativeCues.has(key))) return true;
    if (!prev || prev.kind !== "word") break;
  }
  // A dateline (بيروت - ...) names where the story was filed.
  const next = s.tokens[hit.to];
  return hit.from === 0 && next !== undefined && /^[-–—]$/.test(next.text);
}

/**
 * معبر رفح، معبر نصيب: a border crossing named after a town is a place of its own, not the town.
 * Returns false (nothing emitted) unless the word before a city is معبر.
 */
export function crossingAt(s: SentenceInput, gaz: Hit<GazEntry>, out: Candidate[]): boolean {
  const prev = s.tokens[gaz.from - 1];
  if (gaz.value.type !== "City" || gaz.reading.prefix !== 0 || !prev || prev.kind !== "word") return false;
  const r = readingsOf(prev).find((x) => x.key === "معبر");
  if (!r) return false;
  const start = prev.start + surfaceOffset(prev.text, r.prefix);
  const name = s.text.slice(start, gaz.end);
  const nameEn = `${gaz.value.en} crossing`;
  const id = labelId("loc", nameEn, name);
  out.push({
    start,
    end: gaz.end,
    sentence: s.sentence,
    type: "Location",
    id,
    name,
    nameEn,
    properties: {},
    source: "pattern",
  });
  return true;
}
