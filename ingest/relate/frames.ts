import type { Evidence, Properties, Relation, RelationStatus, Value } from "../model.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { Trigger } from "./lexicon.js";
import { core } from "./lexicon.js";
import { after, before, between, clauseLimits, coord, object, pair, prep, relhead, subject } from "./slots.js";
import type { SlotScope } from "./slots.js";
import { hasKey, lookup } from "./tokens.js";
import type { Token } from "./tokens.js";

/** A filled slot: an entity id, and the mention when there is one in the sentence. */
interface Filler {
  entity: string;
  arg?: Arg;
}

const CONFIDENCE = { verb: 0.8, noun: 0.7, speaker: 0.6 } as const;
const PRONOUN_COMPLEMENTIZERS = new Set(["انه", "انها", "انهم", "بانه", "بانها"]);

const prepCache = new Map<string, Set<string>>();
function prepSet(spec: string): Set<string> {
  let s = prepCache.get(spec);
  if (!s) {
    s = new Set(spec.split("|").map(core));
    prepCache.set(spec, s);
  }
  return s;
}

function speakerSlot(a: ArticleCtx, s: SlotScope, t: Trigger, at: number): Filler | undefined {
  const speaker = a.speakerAt(at);
  if (!speaker || !a.inStatement(at)) return undefined;
  if (t.kind === "verb") {
    const prev = s.tokens[s.ts - 1];
    const elided = prev !== undefined && prev.keys.some((k) => PRONOUN_COMPLEMENTIZERS.has(k));
    return t.firstPerson || elided ? { entity: speaker } : undefined;
  }
  const country = a.countryOf(speaker);
  return country ? { entity: country } : undefined;
}

function slot(name: string, a: ArticleCtx, s: SlotScope, t: Trigger, at: number, other?: Filler): Filler | undefined {
  let arg: Arg | undefined;
  if (name === "subject") arg = subject(s);
  else if (name === "object") arg = object(s, other?.arg);
  else if (name === "after") arg = after(s);
  else if (name === "nisba") arg = after(s, true);
  else if (name === "before") arg = before(s);
  else if (name === "relhead") arg = relhead(s);
  else if (name === "speaker") return speakerSlot(a, s, t, at);
  else if (name.startsWith("prep:")) arg = prep(s, prepSet(name.slice(5)));
  return arg ? { entity: arg.entity, arg } : undefined;
}

function fill(a: ArticleCtx, s: SlotScope, t: Trigger, at: number): { src: Filler; tgt: Filler; how: string } | undefined {
  for (const f of t.frames) {
    let both: [Arg, Arg] | undefined;
    if (f === "between") both = between(s);
    else if (f === "pair") both = pair(s);
    else if (f === "coord") both = coord(s);
    if (both) return { src: { entity: both[0].entity, arg: both[0] }, tgt: { entity: both[1].entity, arg: both[1] }, how: f };
    if (!f.includes(">")) continue;
    const [sn = "", tn = ""] = f.split(">");
    const src = slot(sn, a, s, t, at);
    const tgt = src ? slot(tn, a, s, t, at, src) : undefined;
    if (src && tgt && src.entity !== tgt.entity) return { src, tgt, how: sn === "speaker" || tn === "speaker" ? "speaker" : f };
  }
  return undefined;
}

function nearest(values: Value[], kind: "date" | "money", lo: number, hi: number, at: number): Value | undefined {
  let best: Value | undefined;
  for (const v of values) {
    if (v.kind !== kind || v.start < lo || v.end > hi) continue;
    if (!best || Math.abs(v.start - at) < Math.abs(best.start - at)) best = v;
  }
  return best;
}

function statusOf(a: ArticleCtx, s: SlotScope, t: Trigger, at: number): RelationStatus | null {
  if (t.future) return "planned";
  for (let k = Math.max(0, s.ts - 12); k < s.ts; k++) if (hasKey(s.tokens[k], a.lex.planned)) return "planned";
  if (a.inStatement(at)) return "reported";
  return t.kind === "verb" ? "done" : null;
}

function negated(a: ArticleCtx, s: SlotScope, t: Trigger): boolean {
  const reach = t.kind === "verb" ? 2 : 1;
  for (let k = s.ts - 1; k >= Math.max(0, s.ts - reach); k--) if (hasKey(s.tokens[k], a.lex.negations)) return true;
  return false;
}

function matchAt(tokens: Token[], i: number, t: Trigger): boolean {
  for (let k = 1; k < t.phrase.length; k++) {
    const tok = tokens[i + k];
    if (!tok || tok.arg >= 0 || !tok.keys.includes(t.phrase[k] ?? "")) return false;
  }
  return true;
}

/** Subjects of verbs, for speakers left implicit later (وقال إن ...). */
export interface SubjectMark {
  offset: number;
  entity: string;
}

/** Relations stated by trigger words (verbs and verbal nouns) in one sentence. */
export function frameRelations(a: ArticleCtx, c: SentenceCtx): { relations: Relation[]; subjects: SubjectMark[] } {
  const relations: Relation[] = [];
  const subjects: SubjectMark[] = [];
  const { tokens } = c;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (tok.arg >= 0) continue;
    const seen = new Set<Trigger[]>();
    for (const key of tok.keys) {
      const list = a.lex.triggers.get(key);
      if (!list || seen.has(list)) continue;
      seen.add(list);
      for (const t of list) {
        if (!matchAt(tokens, i, t)) continue;
        const rel = apply(a, c, i, i + t.phrase.length - 1, t, subjects);
        if (rel) relations.push(rel);
      }
    }
  }
  return { relations, subjects };
}

function apply(a: ArticleCtx, c: SentenceCtx, ts: number, te: number, t: Trigger, subjects: SubjectMark[]): Relation | undefined {
  const { left, right } = clauseLimits(c.tokens, ts, te, a.lex);
  const s: SlotScope = { tokens: c.tokens, args: c.args, lex: a.lex, ts, te, left, right };
  const first = c.tokens[ts] as Token;
  const last = c.tokens[te] as Token;
  if (negated(a, s, t)) return undefined;
  const found = fill(a, s, t, first.start);
  if (!found) return undefined;
  let { src, tgt } = found;
  if (t.kind === "verb" && found.how.startsWith("subject")) subjects.push({ offset: first.start, entity: src.entity });
  if (found.how === "subject>relhead" && src.arg) src.arg.relInner = true;
  const cue = [c.tokens[ts - 1], c.tokens[ts - 2]].some((x) => hasKey(x, a.lex.needCues));
  if (cue && t.kind === "noun") [src, tgt] = [tgt, src];
  const spec = a.lex.types.get(t.relation);
  const st = a.typeOf(src.entity);
  const tt = a.typeOf(tgt.entity);
  if (!spec || !st || !tt || !spec.source.has(st) || !spec.target.has(tt)) return undefined;

  const lo = (c.tokens[left] as Token).start;
  const hi = (c.tokens[right] as Token).end;
  const props: Properties = { trigger: t.en };
  const money = t.relation === "FUNDED" ? nearest(c.values, "money", lo, hi, first.start) : undefined;
  let item: string | undefined = t.relation === "FUNDED" && t.kind === "noun" ? lookup(first, a.lex.items) : undefined;
  for (let k = te + 1; !item && k <= right; k++) item = lookup(c.tokens[k], a.lex.items);
  if (t.needsItem && !money && !item) return undefined;
  if (money) {
    props.amount = typeof money.value === "number" ? money.value : null;
    props.currency = money.currency ?? null;
  }
  if (item && t.relation === "FUNDED") props.item = item;
  const status = statusOf(a, s, t, first.start);
  if (status) props.status = status;
  const date = spec.dated ? nearest(c.values, "date", lo, hi, first.start) : undefined;
  if (date) {
    props.date = typeof date.value === "string" ? date.value : null;
    props.dateText = date.text;
  }

  const ends = [first.start, last.end, src.arg?.start, src.arg?.end, tgt.arg?.start, tgt.arg?.end];
  const nums = ends.filter((x): x is number => x !== undefined);
  const start = Math.min(...nums);
  const end = Math.max(...nums);
  const evidence: Evidence = { sentence: c.index, start, end, text: a.text.slice(start, end) };
  let confidence: number = found.how === "speaker" ? CONFIDENCE.speaker : CONFIDENCE[t.kind];
  if (status === "reported") confidence -= 0.05;
  return { type: t.relation, source: src.entity, target: tgt.entity, properties: props, evidence: [evidence], confidence };
}
