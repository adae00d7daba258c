/**
 * Title + name patterns: [title] [modifier] [complement: nisba | country | organisation]
 * [modifier] [name]. الرئيس الأميركي جو بايدن → person Joe Biden, role President, roleOf
 * country:US; المتحدث باسم مجلس الوزراء العراقي حسن ناظم → Spokesperson of the Council.
 */
import type { GazEntry, TitleEntry } from "../lexicon/index.js";
import { readingsOf } from "../text/segment.js";
import { gazAt, givenName, isQuote, phraseAt, taggedAs, type Hit, type SentenceCtx } from "./lookup.js";
import { familyNameShaped, nameAt, nisbaAsGivenName, type NameHit } from "./names.js";
import { orgAt, type OrgHit } from "./orgs.js";
import { personCues } from "./person-cues.js";

export interface TitleHit {
  title: Hit<TitleEntry>;
  flags: string[];
  /** What the title is of: a country (by name or nisba) or an organisation. */
  of: { gaz: Hit<GazEntry> } | { org: OrgHit } | null;
  name: NameHit | null;
  /** Token just after the title phrase (and its complement and modifiers). */
  to: number;
  /** Cleaned-text end of the title phrase, before the name. */
  end: number;
}

function modifiersAt(ctx: SentenceCtx, k: number, flags: string[]): number {
  // Bounded so a pathological run of modifiers cannot make recognition quadratic.
  for (let n = 0; n < 3; n++) {
    const t = ctx.tokens[k];
    const m = t && t.kind === "word" ? ctx.lex.modifiers.get(t.norm) : undefined;
    if (!m) return k;
    if (!flags.includes(m.flag)) flags.push(m.flag);
    k++;
  }
  return k;
}

function complementAt(ctx: SentenceCtx, k: number, definite: boolean): TitleHit["of"] {
  const org = orgAt(ctx, k);
  const g = gazAt(ctx, k);
  // الأمير تركي بن فيصل: the given name, not the nisba "Turkish".
  if (g && nisbaAsGivenName(ctx, g, definite)) return null;
  // A known organisation (حزب الله) wins over a head-noun reading of its own name.
  if (org && (!g || (org.to > g.to && g.value.type !== "Organization"))) return { org };
  if (g && (g.value.type === "Country" || g.value.type === "Organization")) return { gaz: g };
  if (g && g.value.capital) return { gaz: g };
  // A seat of power stands for its office (المتحدث باسم الكرملين، البيت الأبيض).
  if (g && g.value.source === "place" && g.reading.prefix === 0) return { gaz: g };
  return null;
}

/**
 * الفريق جاهز (the team is ready): after a rank that is also an ordinary noun, one word that is no
 * given name and no person to the tagger is that noun's predicate or adjective, not a name.
 */
function ambiguousRank(ctx: SentenceCtx, title: Hit<TitleEntry>, name: NameHit): boolean {
  if (name.known || title.to - title.from !== 1) return false;
  const t = ctx.tokens[title.from];
  const word = ctx.tokens[name.from];
  const last = ctx.tokens[name.to - 1];
  if (t?.kind !== "word" || word?.kind !== "word" || last?.kind !== "word") return false;
  if (!personCues().ambiguousTitles.has(t.norm.replace(/^[وف]/, ""))) return false;
  if (givenName(ctx, word) !== undefined || taggedAs(ctx, name.from, "PERS")) return false;
  // مدرب الفريق X، رئيس الفريق X: the team is a title's complement, and X that title's holder.
  const before = ctx.tokens[title.from - 1];
  if (before?.kind === "word" && readingsOf(before).some((r) => ctx.lex.titles.has(r.key))) return false;
  // الفريق كبار السن (the team's elders): two words or more end, as a noun phrase does, in a
  // definite word of no family name's shape.
  return name.to - name.from === 1 || (last.norm.startsWith("ال") && !familyNameShaped(ctx, last.norm));
}

export function titleAt(ctx: SentenceCtx, i: number): TitleHit | null {
  const title = phraseAt(ctx, i, (f, k) => ctx.lex.titles.longest(f, k));
  if (!title) return null;
  const flags: string[] = [];
  let k = modifiersAt(ctx, title.to, flags);
  const of = complementAt(ctx, k, /^[وف]?ال/.test(ctx.tokens[title.to - 1]?.norm ?? ""));
  if (of) k = "org" in of ? of.org.to : of.gaz.to;
  if (!of && title.value.complementRequired) {
    // وزير المياه رائد ...: a portfolio the lexicon lacks, accepted only before a known given name.
    const portfolio = ctx.tokens[k];
    const after = ctx.tokens[k + 1];
    if (!portfolio || !after || portfolio.kind !== "word" || !portfolio.norm.startsWith("ال")) return null;
    if (gazAt(ctx, k) || givenName(ctx, after) === undefined) return null;
    k++;
  }
  k = modifiersAt(ctx, k, flags);
  // An honorific between the title and the name (أمير قطر الشيخ تميم) belongs to neither.
  const honorific = of ? phraseAt(ctx, k, (f, next) => ctx.lex.titles.longest(f, next)) : null;
  if (honorific && !honorific.value.complementRequired && honorific.reading.prefix === 0) k = honorific.to;
  // العقيد دكتور X، اللواء المهندس X: a degree or trade between the title and the name belongs to neither.
  const degree = ctx.tokens[k];
  const nouns = personCues().personNouns;
  const afterDegree =
    degree?.kind === "word" && (nouns.has(degree.norm) || nouns.has(`ال${degree.norm}`))
      ? nameAt(ctx, k + 1)
      : null;
  if (afterDegree) k++;
  const last = ctx.tokens[k - 1];
  let name = afterDegree ?? nameAt(ctx, k);
  // الشيخ "سعيد المطلق": the name after the title may stand in quotes.
  let close = 0;
  if (!name && isQuote(ctx.tokens[k])) {
    const quoted = nameAt(ctx, k + 1);
    if (quoted && isQuote(ctx.tokens[quoted.to])) {
      name = quoted;
      close = 1;
    }
  }
  if (name && ambiguousRank(ctx, title, name)) name = null;
  return { title, flags, of, name, to: name ? name.to + close : k, end: last ? last.end : title.end };
}
