/**
 * منطقة جازان … جازان … بجازان، محافظة فيفاء … فيفاء: a region named once with its head (منطقة،
 * محافظة، إقليم، ولاية — places.json `region` heads) is then written by its name alone. News names
 * a region after its seat, so in an article that names the region the bare name is that region,
 * not a second place — unless the article says it means the town (مدينة جازان).
 */
import { phraseKeys } from "../lexicon/load.js";
import type { Lexicon } from "../lexicon/index.js";
import { readingsOf, surfaceOffset, type Token } from "../text/segment.js";
import { glossPhrase } from "./gloss.js";
import { isDefiniteWord } from "./lookup.js";
import { isCovered } from "./persons.js";
import type { ResolveInput } from "./resolve.js";
import { addNamedSpan, type CandidateStore, type SpanGroup } from "./store.js";

interface Region {
  group: SpanGroup;
  /** The head is a governorate's (محافظة), whose seat's bare name is the governorate itself. */
  governorate: boolean;
  /** Matching keys of the name after the head (جازان، مكة المكرمة). */
  keys: string[];
}

/** The name after a region head (منطقة جازان → جازان) and whether the head is strict, or null. */
function regionName(lex: Lexicon, name: string): { rest: string; strict: boolean } | null {
  const space = name.indexOf(" ");
  if (space < 0) return null;
  const head = lex.placeHeads.get(phraseKeys(name.slice(0, space)).join(" "));
  return head?.region ? { rest: name.slice(space + 1), strict: head.strict } : null;
}

/**
 * The article's regions named with a region head, by the matching keys of their name; a name two
 * regions share (منطقة X and محافظة X) is left alone (null).
 */
function regionsOf(lex: Lexicon, store: CandidateStore): Map<string, Region | null> {
  const out = new Map<string, Region | null>();
  for (const g of store.groups.values()) {
    if (g.proto.type !== "Location" || !g.proto.id) continue;
    const named = regionName(lex, g.proto.name);
    const keys = named === null ? [] : phraseKeys(named.rest);
    const key = keys.join(" ");
    if (key.length < 3) continue;
    out.set(key, out.has(key) ? null : { group: g, keys, governorate: named?.strict === false });
  }
  return out;
}

// مدينة جازان، بمدينة نجران: the town itself, written with its noun; the region does not take it.
const TOWN_NOUN = /(^|[\s،,.:؛])[وف]?[بل]?مدين[ةه]\s*$/;

/** A span of the group whose text right before it is the noun of a town (مدينة X). */
function namedAsTown(input: ResolveInput, g: SpanGroup): boolean {
  for (let i = 0; i < g.spans.length; i += 2) {
    const start = g.spans[i] as number;
    if (TOWN_NOUN.test(input.mention(Math.max(0, start - 12), start).text)) return true;
  }
  return false;
}

/**
 * Towns named like one of the article's governorates (الطائف beside محافظة الطائف) join it; so do
 * places named like one of its regions. A town named like a large region (الرياض beside منطقة
 * الرياض) stays the town: the bare name of a region's seat is more often the city. Returns the
 * regions, for findRegionNames.
 */
export function mergeRegionTowns(input: ResolveInput): Map<string, Region | null> {
  const { store, lex } = input;
  const regions = regionsOf(lex, store);
  if (regions.size === 0) return regions;
  for (const g of [...store.groups.values()]) {
    if ((g.proto.type !== "City" && g.proto.type !== "Location") || !g.proto.id) continue;
    const region = regions.get(phraseKeys(g.proto.name).join(" "));
    if (!region?.group.proto.id || region.group === g || namedAsTown(input, g)) continue;
    if (g.proto.type === "City" && !region.governorate) continue;
    store.merge(g.proto.id, region.group.proto.id);
  }
  return regions;
}

/**
 * The bare names of those regions that recognition left alone (فيفاء، بفيفاء after محافظة
 * فيفاء): a name the lexicon glosses as a word is not one, nor a definite name written right
 * after a definite word (its adjective: الحدود الشمالية).
 */
export function findRegionNames(
  input: ResolveInput,
  regions: Map<string, Region | null>,
  out: Map<string, SpanGroup>,
): void {
  const firsts = new Map<string, Region[]>();
  for (const r of regions.values()) {
    if (!r?.group.proto.id) continue;
    const rest = regionName(input.lex, r.group.proto.name)?.rest ?? "";
    // منطقة اليورو: a definite word after the head that no gazetteer knows is a common noun.
    const at = (o: number): string | undefined => r.keys[o];
    const whole = (m: { length: number } | null): boolean => m?.length === r.keys.length;
    const first = r.keys[0] as string;
    const known = whole(input.lex.gazetteer.longest(first, at)) || whole(input.lex.places.longest(first, at));
    if (
      !known &&
      r.group.proto.source !== "gazetteer" &&
      (rest.startsWith("ال") || glossPhrase(input.lex, rest) !== null)
    )
      continue;
    firsts.set(first, [...(firsts.get(first) ?? []), r]);
  }
  if (firsts.size === 0) return;
  const flat = input.store.coverage();
  input.eachSentence((tokens, sentence) => {
    tokens.forEach((t, k) => {
      if (t.kind !== "word") return;
      const afterDefinite = isDefiniteWord(input, tokens[k - 1]);
      for (const reading of readingsOf(t)) {
        if (afterDefinite && reading.prefix === 0 && reading.key.startsWith("ال")) continue;
        const region = firsts
          .get(reading.key)
          ?.find((r) => r.keys.every((key, n) => n === 0 || tokens[k + n]?.norm === key));
        if (!region) continue;
        const last = tokens[k + region.keys.length - 1] as Token;
        const start = t.start + surfaceOffset(t.text, reading.prefix);
        if (isCovered(flat, start, last.end)) return;
        addNamedSpan(out, region.group.proto, sentence, start, last.end);
        return;
      }
    });
  });
}
