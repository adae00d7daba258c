import type { IngestReport } from "../../../ingest/model.js";
import { plural, t } from "../i18n/index.js";
import type { UiLang } from "../state/types.js";

/** Any Arabic-script letter: the same rule as the API (ingest/sources/validate.ts), checked before sending. */
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/u;

/** Why pasted text cannot be sent, or null when it can. */
export function pasteProblem(text: string): "ingestEmpty" | "ingestNotArabic" | null {
  if (text.trim() === "") return "ingestEmpty";
  if (!ARABIC_LETTER.test(text)) return "ingestNotArabic";
  return null;
}

/** What the report means: new facts added, a URL's article replaced, or the same text seen before. */
export function reportMessage(
  lang: UiLang,
  r: Pick<IngestReport, "status" | "entities" | "relations">,
): string {
  const counts = {
    entities: plural(lang, "entities", r.entities),
    relations: plural(lang, "relations", r.relations),
  };
  switch (r.status) {
    case "new":
      return t(lang, "ingested", counts);
    case "replaced":
      return `${t(lang, "ingestReplacedLead")} ${t(lang, "ingestCounts", counts)}`;
    case "unchanged":
      return `${t(lang, "ingestUnchangedLead")} ${t(lang, "ingestCounts", counts)}`;
  }
}
