import titles from "../../../ingest/lexicon/data/titles.json";
import type { UiLang } from "../state/types.js";

// Relations store a title's English gloss as their role ("president"); the title lexicon the
// extractor reads has the Arabic of each, so the interface says roles in either language.
const AR_BY_EN = new Map<string, string>();
for (const entry of titles.titles as unknown[]) {
  if (typeof entry !== "object" || entry === null) continue;
  const { en, ar } = entry as { en?: unknown; ar?: unknown };
  if (typeof en === "string" && typeof ar === "string") AR_BY_EN.set(en.toLowerCase(), ar);
}

/** `roleName("ar", "president")` → "الرئيس"; unknown roles stay as they are. */
export function roleName(lang: UiLang, role: string): string {
  return lang === "ar" ? (AR_BY_EN.get(role.toLowerCase()) ?? role) : role;
}
