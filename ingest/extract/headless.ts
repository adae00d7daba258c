/**
 * نادي الأهلي … الأهلي … بالنادي الأهلي … إدارة الأهلي: an organisation named once with a head
 * that always takes a name (نادي، مستشفى، منتخب — org-heads.json `named`) is then written by its
 * name alone, after the definite head (النادي الأهلي), or after a word for its management
 * (org-cues.json `boardHeads`). All of these are the one organisation of the article. So is an
 * outlet named once (صحيفة X، a byline, لـ«X») and then by its name alone (وعلمت «X»).
 */
import { phraseKeys } from "../lexicon/load.js";
import type { Lexicon, OrgHead } from "../lexicon/index.js";
import { normalizeForMatch } from "../text/normalize.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import { glossPhrase } from "./gloss.js";
import { isDefiniteWord, isQuote } from "./lookup.js";
import { mediaHead, orgCues } from "./orgs.js";
import { isCovered } from "./persons.js";
import type { ResolveInput } from "./resolve.js";
import { addNamedSpan, type CandidateStore, type SpanGroup } from "./store.js";

let boards: string[][] | null = null;

/** إدارة X، مجلس إدارة X: the management of a body, which stands for the body in news. */
function boardHeads(): string[][] {
  boards ??= orgCues().boardHeads.map((h) => phraseKeys(h.ar));
  return boards;
}

/**
 * The body a management-headed name stands for (مجلس إدارة الأهلي → الأهلي), or null. A board head
 * may be several words, so each is matched whole against the name's first words, the longest first.
 */
export function boardOf(name: string): string | null {
  const words = name.split(" ");
  const keys = words.map((w) => phraseKeys(w).join(" "));
  let rest: string | null = null;
  let longest = 0;
  for (const head of boardHeads()) {
    if (head.length <= longest || head.length >= words.length) continue;
    if (head.every((w, n) => keys[n] === w)) {
      longest = head.length;
      rest = words.slice(head.length).join(" ");
    }
  }
  return rest;
}

interface Named {
  group: SpanGroup;
  /** Matching key of the one-word name after the head (الاهلي). */
  key: string;
  /** Matching key of the head with the article (النادي); null for an outlet. */
  definiteHead: string | null;
  /** An outlet found only in a byline or quoted (media.ts): its bare name is often a word (الوطن). */
  quotedOnly?: boolean;
}

function headOf(lex: Lexicon, name: string): { head: OrgHead; rest: string } | null {
  const space = name.indexOf(" ");
  if (space < 0) return null;
  const head = lex.orgHeads.get(phraseKeys(name.slice(0, space)).join(" "));
  return head ? { head, rest: name.slice(space + 1) } : null;
}

/**
 * The article's organisations named with a `named` head and one definite word that is no
 * place, organisation or person the gazetteer knows (شرطة الرياض is the police of the city:
 * a bare الرياض stays the city). A name two organisations share is left alone.
 */
function namedOrgs(lex: Lexicon, store: CandidateStore): Map<string, Named | null> {
  const out = new Map<string, Named | null>();
  for (const g of store.groups.values()) {
    if (g.proto.type !== "Organization" || g.proto.source !== "pattern" || !g.proto.id) continue;
    const h = headOf(lex, g.proto.name);
    if (!h?.head.named || h.rest.includes(" ")) continue;
    const key = normalizeForMatch(h.rest);
    const none = (): undefined => undefined;
    if (
      !key.startsWith("ال") ||
      key.length < 5 ||
      lex.gazetteer.longest(key, none) ||
      lex.places.longest(key, none)
    )
      continue;
    const definiteHead = "ال" + phraseKeys(h.head.ar).join(" ");
    out.set(key, out.has(key) ? null : { group: g, key, definiteHead });
  }
  for (const g of store.groups.values()) {
    const outlet = outletKey(lex, g);
    if (outlet && !out.has(outlet.key)) out.set(outlet.key, { group: g, definiteHead: null, ...outlet });
  }
  return out;
}

/**
 * The one-word name of an outlet of the article — a byline's or a quoted one (media.ts), or one
 * named with its head (صحيفة X) — as a matching key; null for anything else.
 */
function outletKey(lex: Lexicon, g: SpanGroup): { key: string; quotedOnly: boolean } | null {
  if (g.proto.type !== "Organization" || g.proto.source !== "pattern" || !g.proto.id) return null;
  if (g.properties.kind === "media")
    return g.proto.name.includes(" ") ? null : { key: normalizeForMatch(g.proto.name), quotedOnly: true };
  const space = g.proto.name.indexOf(" ");
  const rest = g.proto.name.slice(space + 1);
  if (space < 0 || rest.includes(" ") || !mediaHead(phraseKeys(g.proto.name.slice(0, space)).join(" ")))
    return null;
  const key = normalizeForMatch(rest);
  return key.length < 5 || lex.gazetteer.longest(key, () => undefined) ? null : { key, quotedOnly: false };
}

/**
 * «X» or "X": an outlet written between quotes; or, when the article named it with its head
 * (صحيفة X), its definite name the lexicon does not gloss (وعلمت X). An indefinite name (سبق) is as
 * often the verb or noun it spells, and a byline's الوطن is also the homeland.
 */
function outletMention(input: ResolveInput, tokens: Token[], k: number, org: Named): boolean {
  if (isQuote(tokens[k - 1]) && isQuote(tokens[k + 1])) return true;
  return (
    !org.quotedOnly && org.key.startsWith("ال") && glossPhrase(input.lex, (tokens[k] as Token).text) === null
  );
}

/** Bare or management-headed organisations of the article join the headed one they name. */
export function mergeHeadlessOrgs(store: CandidateStore, lex: Lexicon): void {
  const named = namedOrgs(lex, store);
  if (named.size === 0) return;
  for (const g of [...store.groups.values()]) {
    if (g.proto.type !== "Organization" || g.proto.source === "gazetteer" || !g.proto.id) continue;
    const bare = headOf(lex, g.proto.name) === null ? g.proto.name : boardOf(g.proto.name);
    const target = bare === null ? undefined : named.get(normalizeForMatch(bare));
    if (target && target.group !== g && target.group.proto.id) store.merge(g.proto.id, target.group.proto.id);
  }
}

/**
 * Mentions of those organisations that recognition left alone: the bare name (الأهلي، للأهلي)
 * and the definite head before it (النادي الأهلي). A definite word right after another definite
 * word is that word's adjective (القطاع الأهلي), not the name.
 */
export function findHeadlessOrgs(input: ResolveInput, out: Map<string, SpanGroup>): void {
  const named = namedOrgs(input.lex, input.store);
  if (named.size === 0) return;
  const flat = input.store.coverage();
  input.eachSentence((tokens, sentence) => {
    tokens.forEach((t, k) => {
      if (t.kind !== "word") return;
      for (const r of readingsOf(t)) {
        const org = named.get(r.key);
        if (!org?.group.proto.id) continue;
        const prev: Token | undefined = tokens[k - 1];
        if (org.definiteHead === null && !outletMention(input, tokens, k, org)) return;
        const head =
          prev?.kind === "word" ? readingsOf(prev).find((p) => p.key === org.definiteHead) : undefined;
        if (!head && isDefiniteWord(input, prev)) return;
        const start =
          head && prev && r.prefix === 0
            ? prev.start + surfaceOffset(prev.text, head.prefix)
            : t.start + surfaceOffset(t.text, r.prefix);
        if (isCovered(flat, start, t.end)) return;
        addNamedSpan(out, org.group.proto, sentence, start, t.end);
        return;
      }
    });
  });
}

// النادي، والنادي، بالنادي: the definite word for a club, as a matching key.
const DEFINITE_CLUB = "النادي";

/**
 * النادي الأهلي، بالنادي الاهلي: a mention of an organisation that is one definite word right
 * after the definite النادي (perhaps behind a proclitic) is written with it, and the mention is
 * both words (whether the name came from the gazetteer, a team cue, the tagger or نادي الأهلي
 * earlier in the article). The entity's name is left as it is. After any other definite noun the name is left as it is (القطاع الأهلي is no club).
 */
export function widenClubHeads(input: ResolveInput): void {
  const starts = new Map<number, { spans: number[]; at: number }>();
  for (const g of input.store.groups.values()) {
    if (g.proto.type !== "Organization") continue;
    for (let i = 0; i < g.spans.length; i += 2) starts.set(g.spans[i] as number, { spans: g.spans, at: i });
  }
  if (starts.size === 0) return;
  input.eachSentence((tokens) => {
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      const hit = starts.get(t.start);
      if (!hit || hit.spans[hit.at + 1] !== t.end || !t.norm.startsWith("ال")) continue;
      const prev = tokens[k - 1] as Token;
      if (prev.kind !== "word" || prev.end + 1 < t.start) continue;
      const head = readingsOf(prev).find((r) => r.key === DEFINITE_CLUB);
      if (head) hit.spans[hit.at] = prev.start + surfaceOffset(prev.text, head.prefix);
    }
  });
}
