/**
 * Organisation names built from a head noun in construct state and its complement:
 * مجلس الوزراء العراقي → Iraqi Council of Ministers (country IQ);
 * جهاز مكافحة الإرهاب العراقي → Iraqi Counter-Terrorism Service.
 * A head followed by a known organisation is that organisation (تنظيم داعش، قوات التحالف الدولي).
 */
import type { GazEntry, OrgHead } from "../lexicon/index.js";
import type { Token } from "../text/segment.js";
import { romanizeName } from "./label.js";
import {
  gazAt,
  isFunctionWord,
  isQuote,
  nisbaAt,
  phraseAt,
  verbShaped,
  type Hit,
  type SentenceCtx,
} from "./lookup.js";

export interface OrgHit {
  from: number;
  to: number;
  start: number;
  end: number;
  /** The known organisation the head introduces (wrapper case). */
  known: Hit<GazEntry> | null;
  head: OrgHead;
  /** English glosses of the complement parts; null where the lexicon has none. */
  complement: { text: string; en: string | null }[];
  adjectives: string[];
  /** The nisba adjective naming the organisation's country, with its token hit. */
  nisba: Hit<GazEntry> | null;
}

const MAX_INDEFINITE = 2;

function headAt(ctx: SentenceCtx, i: number): Hit<OrgHead> | null {
  // Only conjunction/preposition readings: a head with its own article (المجلس) is an ordinary noun.
  return phraseAt(ctx, i, (first) => {
    const head = ctx.lex.orgHeads.get(first);
    return head ? { value: head, length: 1 } : null;
  });
}

/** الجيش الإسرائيلي، البرلمان العراقي: a definite institution noun and a nisba. */
function nisbaOrgAt(ctx: SentenceCtx, i: number): OrgHit | null {
  const head = phraseAt(ctx, i, (f, k) => ctx.lex.nisbaHeads.longest(f, k));
  // السياسة الخارجية الأميركية: after a definite noun the word is that noun's adjective.
  const prev = ctx.tokens[i - 1];
  if (!head || (prev?.kind === "word" && prev.norm.startsWith("ال"))) return null;
  const nisba = nisbaAt(ctx, head.to);
  if (!nisba) return null;
  return {
    from: i,
    to: nisba.to,
    start: head.start,
    end: nisba.end,
    known: null,
    head: { ar: head.value.ar, en: `{X}${head.value.en}`, strict: false },
    complement: [],
    adjectives: [],
    nisba,
  };
}

export function orgAt(ctx: SentenceCtx, i: number): OrgHit | null {
  const head = headAt(ctx, i);
  if (!head) return nisbaOrgAt(ctx, i);
  const { tokens, lex } = ctx;
  let k = i + 1;
  while (isQuote(tokens[k]) && k < i + 3) k++;
  const inner = gazAt(ctx, k);
  if (inner && inner.value.type === "Organization") {
    return {
      from: i,
      start: head.start,
      head: head.value,
      adjectives: [],
      nisba: null,
      to: inner.to,
      end: inner.end,
      known: inner,
      complement: [],
    };
  }
  k = i + 1;
  const complement: { text: string; en: string | null }[] = [];
  let closed = false;
  let proper = false;
  let indefinite = 0;
  while (k < tokens.length && !closed) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || isFunctionWord(ctx, t)) break;
    const gloss = lex.complements.longest(t.norm, (o) => tokens[k + o]?.norm);
    if (gloss) {
      const last = tokens[k + gloss.length - 1] as Token;
      complement.push({ text: gloss.value.ar, en: gloss.value.en });
      k += gloss.length;
      closed = last.norm.startsWith("ال");
      continue;
    }
    const g = gazAt(ctx, k);
    if (g && g.value.source === "nisba") break;
    // رئاسة نجيب ميقاتي: the office of a person is no organisation name.
    if (g && g.value.type === "Person") return null;
    if (g && g.reading.prefix === 0) {
      complement.push({ text: g.value.ar, en: g.value.en });
      k = g.to;
      closed = proper = true;
      // جهاز قطر للاستثمار، هيئة دبي للطيران: a purpose noun with لل completes the name.
      const purpose = tokens[k];
      if (purpose?.kind === "word" && /^لل../.test(purpose.norm) && !gazAt(ctx, k)) {
        const gloss = lex.complements.longest("ال" + purpose.norm.slice(2), () => undefined);
        complement.push({ text: purpose.text, en: gloss ? gloss.value.en : null });
        k++;
      }
      break;
    }
    if (t.norm.startsWith("ال")) {
      complement.push({ text: t.text, en: null });
      // A name the tagger recognised (جبهة البوليساريو) makes the head a name too.
      proper = (ctx.tags?.[k] ?? "O") !== "O";
      k++;
      closed = true;
      break;
    }
    if (indefinite >= MAX_INDEFINITE || verbShaped(t.norm)) break;
    complement.push({ text: t.text, en: null });
    indefinite++;
    k++;
  }
  if (!closed) return null;
  const adjectives: string[] = [];
  let nisba: Hit<GazEntry> | null = null;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    const g: Hit<GazEntry> | null = nisba ? null : nisbaAt(ctx, k);
    if (g) {
      nisba = g;
      k = g.to;
      continue;
    }
    const adj = lex.adjectives.get(t.norm);
    // An adjective the lexicon lacks still belongs to the name when the tagger says so.
    const tagged = !adj && t.norm.startsWith("ال") && ctx.tags?.[k] === "I-ORG";
    if (!adj && !tagged) break;
    adjectives.push(adj ? adj.en : romanizeName(t.text));
    k++;
  }
  const glossed = complement.some((c) => c.en !== null);
  // The tagger's ORG on the head is evidence enough for a name the lexicon cannot gloss.
  const qualified = nisba !== null || adjectives.length > 0 || proper || ctx.tags?.[i] === "B-ORG";
  if (!qualified && (head.value.strict || !glossed)) return null;
  const last = tokens[k - 1] as Token;
  // Field by field, not { ...base, to }: see candidates.ts on spreads.
  return {
    from: i,
    start: head.start,
    head: head.value,
    to: k,
    end: last.end,
    known: null,
    complement,
    adjectives,
    nisba,
  };
}
