import type { UiLang } from "../state/types.js";

// Latin digits in both languages (as most Arabic news sites print them), grouped by locale rules.
const FORMATS: Record<UiLang, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat("ar-u-nu-latn", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};

/** A whole number for display: `formatCount("en", 5000)` → "5,000". */
export function formatCount(lang: UiLang, n: number): string {
  // ICU marks negative Arabic-locale numbers with an LRM; the isolates around them do that job.
  return FORMATS[lang].format(n).replace(/\u200e/g, "");
}

/**
 * Wraps text of unknown direction (an entity name inside a sentence) in Unicode first-strong
 * isolates, the plain-text form of <bdi>: an English name in an Arabic sentence, or the reverse,
 * cannot reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
