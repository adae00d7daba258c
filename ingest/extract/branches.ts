/**
 * National branches of a known body: الصليب الأحمر الإيطالي، الهلال الأحمر الفلسطيني. A gazetteer
 * organisation of no one country, then a country's nisba that agrees with it (masculine after a
 * masculine name), is that country's branch — one name with the nisba, as the gold writes it
 * (eval-news conventions: a nisba inside an organisation's name belongs to the organisation).
 */
import type { GazEntry } from "../lexicon/index.js";
import { stripMarks } from "../text/normalize.js";
import type { Token } from "../text/segment.js";
import { patternCandidate, type Candidate } from "./candidate.js";
import { gazCandidate } from "./candidates.js";
import { nisbaAt, type Hit } from "./lookup.js";
import type { SentenceInput } from "./recognize.js";

export interface BranchHit {
  org: Hit<GazEntry>;
  nisba: Hit<GazEntry>;
}

/** The known organisation at `org` and a country nisba right after it that agrees with it. */
export function branchAt(s: SentenceInput, org: Hit<GazEntry>): BranchHit | null {
  if (org.value.type !== "Organization" || org.value.country || org.value.source !== "org") return null;
  const nisba = nisbaAt(s, org.to);
  if (!nisba || nisba.to !== org.to + 1 || !nisba.value.country) return null;
  const last = s.tokens[org.to - 1] as Token;
  const word = s.tokens[org.to] as Token;
  // الأمم المتحدة السعودية (the UN … Saudi Arabia): a feminine nisba is also the country's name;
  // only a masculine nisba after a masculine last word makes a branch.
  if (!word.norm.startsWith("ال") || !word.norm.endsWith("ي") || last.norm.endsWith("ه")) return null;
  return { org, nisba };
}

/** The branch, and its nisba as a mention of the country (as orgs.ts does for a body's nisba). */
export function branchCandidate(s: SentenceInput, hit: BranchHit): Candidate[] {
  const span = { start: hit.org.start, end: hit.nisba.end };
  const name = stripMarks(s.text.slice(span.start, span.end));
  const country = gazCandidate(s, hit.nisba, false);
  const info = s.lex.countries.get(hit.nisba.value.country ?? "");
  // الصليب الأحمر (the ICRC) + الإيطالي → Italian Red Cross: a national society, not the committee.
  const base = hit.org.value.en.replace(/^International Committee of the /, "");
  const en = info?.demonym ? `${info.demonym} ${base}` : `${base} (${country.nameEn})`;
  const branch = patternCandidate(s.sentence, span, "Organization", name, en, { country: country.id ?? "" });
  return [branch, country];
}
