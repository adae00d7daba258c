/**
 * Administrative centres and districts named by their place: مركز الحديثة بالمحافظة، مركز X شرق
 * الطائف (a Saudi centre, a town's administrative unit), مديرية لودر، مديرية حزم العدين (a Yemeni
 * district). They are places (Location), not the bodies مركز and مديرية also head (مركز التدريب،
 * مديرية الدفاع المدني: a complement the lexicon glosses is a body, left to orgs.ts).
 *
 * مديرية + an indefinite word the lexicon does not know is the district; مركز + a name is the centre
 * only when the text places it (a compass word and a place after it, بالمحافظة، بمحافظة X، التابع
 * لـ). A fixed number of tokens is looked at from each start: linear in the sentence.
 *
 * في سانتا كلارا (كاليفورنيا)، من X (Y): after a preposition of place, one or two words the lexicon
 * does not know, then a state, region or country in brackets, are the town in that state.
 */
import { phraseKeySet, phraseKeys } from "../lexicon/load.js";
import { stripMarks } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import { patternCandidate, type Candidate } from "./candidate.js";
import { romanizeName } from "./label.js";
import { properWord } from "./landmarks.js";
import { gazAt, givenName, isFunctionWord, verbShaped } from "./lookup.js";
import type { SentenceInput } from "./recognize.js";

const CENTRE = phraseKeys("مركز").join(" ");
const DISTRICT = phraseKeys("مديرية").join(" ");
/** شرق الطائف، شمالي المدينة: a compass word before a place. */
const COMPASS = phraseKeySet(["شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "وسط"]);
/** بالمحافظة، بمحافظة، في محافظة، التابع لـ: words that place a centre in a governorate or region. */
const SEATS = phraseKeySet(["بالمحافظة", "بمحافظة", "بمنطقة", "بالمنطقة", "التابع", "التابعة", "بمحافظه"]);
const IN_SEATS = phraseKeySet(["محافظة", "المحافظة", "منطقة"]);

export interface CentreHit {
  from: number;
  to: number;
  prefix: number;
  district: boolean;
}

function nameWord(s: SentenceInput, k: number): Token | null {
  const t = s.tokens[k];
  if (t?.kind !== "word" || isFunctionWord(s, t)) return null;
  if (s.lex.titles.has(t.norm) || givenName(s, t) !== undefined) return null;
  // مركز التدريب، مديرية الشؤون الصحية: a complement the lexicon glosses names a body.
  if (s.lex.complements.longest(t.norm, (o) => s.tokens[k + o]?.norm) !== null) return null;
  if (s.lex.adjectives.has(t.norm) || s.lex.orgHeads.has(t.norm.replace(/^ال/, ""))) return null;
  const g = gazAt(s, k);
  if (g && g.value.type !== "City" && g.value.type !== "Location") return null;
  return t;
}

/** A compass word and a place, or a word of the governorate, right at k. */
function placedAt(s: SentenceInput, k: number): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word") return false;
  if (COMPASS.has(t.norm)) {
    const g = gazAt(s, k + 1);
    return g !== null && g.reading.prefix === 0 && (g.value.type === "City" || g.value.type === "Location");
  }
  if (SEATS.has(t.norm)) return true;
  const next = s.tokens[k + 1];
  return t.norm === "في" && next?.kind === "word" && IN_SEATS.has(next.norm);
}

export function centreAt(s: SentenceInput, i: number): CentreHit | null {
  const t = s.tokens[i];
  if (t?.kind !== "word") return null;
  const reading = readingsOf(t).find((r) => r.key === CENTRE || r.key === DISTRICT);
  if (!reading || reading.restoredArticle) return null;
  const district = reading.key === DISTRICT;
  const first = nameWord(s, i + 1);
  if (!first) return null;
  let to = i + 2;
  // مديرية حزم العدين: an indefinite word and a definite one after it, the district's two words.
  const second = s.tokens[to];
  if (
    !first.norm.startsWith("ال") &&
    second?.kind === "word" &&
    second.norm.startsWith("ال") &&
    nameWord(s, to) &&
    !/(ي|يه)$/.test(second.norm)
  )
    to++;
  const placed = placedAt(s, to);
  if (district) {
    // مديرية الزراعة: a definite word after مديرية is the directorate's field.
    if (first.norm.startsWith("ال") && !gazAt(s, i + 1)) return null;
    if (!placed && verbShaped(first.norm)) return null;
  } else if (!placed) return null;
  // مركز التدريب شرق الرياض: a definite word after مركز must be a town's name (the bulk list's).
  else if (first.norm.startsWith("ال") && !gazAt(s, i + 1) && !bulkTown(s, i + 1)) return null;
  return { from: i, to, prefix: reading.prefix, district };
}

/** The bulk gazetteer's town at k (لودر، حزم العدين), or a flagged town that is also a word (الحديثة). */
function bulkTown(s: SentenceInput, k: number): { en: string; length: number } | null {
  const t = s.tokens[k] as Token;
  const m = s.lex.places.longest(t.norm, (o) => s.tokens[k + o]?.norm);
  if (m) return { en: m.value.en, length: m.length };
  return s.lex.commonPlaces.has(t.norm) ? { en: "", length: 1 } : null;
}

export function centreCandidate(s: SentenceInput, hit: CentreHit): Candidate {
  const head = s.tokens[hit.from] as Token;
  const start = head.start + surfaceOffset(head.text, hit.prefix);
  const end = (s.tokens[hit.to - 1] as Token).end;
  const name = stripMarks(s.text.slice(start, end));
  const place = stripMarks(s.text.slice((s.tokens[hit.from + 1] as Token).start, end));
  const g = gazAt(s, hit.from + 1);
  const town = bulkTown(s, hit.from + 1);
  const x =
    g && g.to === hit.to
      ? g.value.en
      : town?.en && town.length === hit.to - hit.from - 1
        ? town.en
        : romanizeName(place);
  return patternCandidate(
    s.sentence,
    { start, end },
    "Location",
    name,
    `${x} ${hit.district ? "District" : "Center"}`,
  );
}

/** في، من، إلى، قرب: prepositions of place before a town in brackets' state. */
const TOWN_PREPOSITIONS = phraseKeySet(["في", "من", "إلى", "قرب", "داخل", "بمدينة", "مدينة"]);
const OPEN = new Set(["(", "（"]);
const CLOSE = new Set([")", "）"]);

/** في X (Y) / في X Y (Z): the town's tokens [from, to) before a bracketed state or country. */
export function bracketTownAt(s: SentenceInput, i: number): { from: number; to: number } | null {
  const prev = s.tokens[i - 1];
  if (prev?.kind !== "word" || !TOWN_PREPOSITIONS.has(prev.norm)) return null;
  for (let to = i + 1; to <= i + 2; to++) {
    const open = s.tokens[to];
    if (open?.kind !== "punct" || !OPEN.has(open.text)) continue;
    for (let k = i; k < to; k++) {
      const t = s.tokens[k] as Token;
      if (t.kind !== "word" || !properWord(s, t) || gazAt(s, k) || givenName(s, t) !== undefined) return null;
    }
    const state = gazAt(s, to + 1);
    const close = state ? s.tokens[state.to] : undefined;
    if (!state || state.reading.prefix !== 0 || close?.kind !== "punct" || !CLOSE.has(close.text))
      return null;
    return state.value.type === "Location" || state.value.type === "Country" ? { from: i, to } : null;
  }
  return null;
}

export function bracketTownCandidate(s: SentenceInput, hit: { from: number; to: number }): Candidate {
  const start = (s.tokens[hit.from] as Token).start;
  const end = (s.tokens[hit.to - 1] as Token).end;
  const name = stripMarks(s.text.slice(start, end));
  return patternCandidate(s.sentence, { start, end }, "City", name, romanizeName(name));
}
