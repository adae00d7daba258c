import type { Relation } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import type { Arg } from "./args.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { Token } from "./tokens.js";

/**
 * Sports membership with no title pattern of its own (round 35): players named after a
 * possessive plural (مدافعيه X وY، لاعبيه الجديدين X وY), players counted by a numeral noun after
 * their team (ثنائي فريق Y X وZ), and a coach after a word of leading (تحت قيادة المدرب X، الذي
 * يقوده المدرب X). The club is a team (`isTeam`) named before in the same sentence.
 */

/** A possessive plural of a player's title (لاعبيه، مدافعيه، مهاجموه، نجومه), with و/ف/ب/ل before it. */
const PLAYERS_OF = /^[وف]?[بل]?(لاعبي|لاعبو|مدافعي|مدافعو|مهاجمي|مهاجمو|نجوم|حارسي)(ه|ها)$/;
const PLAYER_ROLE: Record<string, string> = {
  لاعبي: "Player",
  لاعبو: "Player",
  مدافعي: "Defender",
  مدافعو: "Defender",
  مهاجمي: "Striker",
  مهاجمو: "Striker",
  نجوم: "Player",
  حارسي: "Goalkeeper",
};
/** A numeral noun counting players (ثنائي الفريق، رباعي نادي Y). */
const COUNTED = /^[وف]?(ثنائي|ثلاثي|رباعي)$/;
/** Words of a team between a numeral noun and the team's name. */
const TEAM_WORD = /^(فريق|الفريق|نادي|النادي|منتخب|المنتخب)$/;
/** After the team's name: الأول، لكرة القدم, a sports word. */
const TEAM_TAIL = words("الأول الأولمبي لكرة القدم السلة اليد الطائرة");
/** Adjectives between a possessive plural and the names. */
const PLAYER_ADJ = words(
  "الجديدين الجدد الجديدان الدوليين الدوليان الدوليون الأساسيين الأساسيان المحترفين الشابين الشباب " +
    "الأجانب الأجنبيين المصابين المصابان البديلين الاثنين الثلاثة",
);
/** A word of leading right before a coach's title: تحت قيادة، بقيادة، الذي يقوده، ويشرف عليه. */
const LED_BY = words("قيادة بقيادة يقوده تقوده يدربه يدربها تدربه يقودها");
const COACH = /^(المدرب|مدربه|مدربها|المدير|مديره)$/;

/** A set of words as the tokens hold them (normalised: ة→ه, أ→ا). */
function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).map((w) => normalizeForMatch(w)));
}

/**
 * The noun of contracting with its owner's pronoun (أعلن نادي Y عن تعاقده مع X): the club named
 * before signed X. A bare التعاقد is often only wished for (يرغب في التعاقد مع X): not read,
 * unless after تم (تم التعاقد مع X).
 */
const CONTRACTING = /^[وف]?(عن|ب|ل)?(تعاقده|تعاقدها)$/;
const DONE_CONTRACT = /^[وف]?(ال)?تعاقد$/;
/** Words between the noun and مع: رسمياً. */
const OFFICIALLY = words("رسميا");
/** A sports title before the signed person's name. */
const SIGNED_TITLE = words("المدرب اللاعب المهاجم المدافع الحارس النجم الجناح");

/** The noun of selling a player (أعلن نادي Y عن بيع مدافعه X إلى Z): X is Z's. */
const SALE = /^[وف]?(عن|ب|ل)?(بيع)$/;
/** An age between the player and إلى (X 18 عاماً إلى Z). */
const AGE = /^(\d+|عاما|عام|سنه)$/;

/** فريقه / ناديه right before a team's name: the team of the person named before. */
const OWN_TEAM = /^[وف]?[بل]?(فريقه|ناديه)$/;

const norm = (c: SentenceCtx, k: number): string => (c.tokens[k] as Token | undefined)?.norm ?? "";

/** The mention that starts at token `k`, if one does. */
function argAt(c: SentenceCtx, k: number): Arg | undefined {
  const idx = (c.tokens[k] as Token | undefined)?.arg ?? -1;
  const arg = idx >= 0 ? c.args[idx] : undefined;
  return arg && arg.t0 === k ? arg : undefined;
}

/** The token after a nationality at `pos` (المدرب التونسي X: a country's mention or a nisba word), else `pos`. */
function afterNationality(c: SentenceCtx, pos: number): number {
  const idx = (c.tokens[pos] as Token | undefined)?.arg ?? -1;
  const nat = idx >= 0 ? c.args[idx] : undefined;
  if (nat && nat.t0 === pos && nat.type === "Country") return nat.t1 + 1;
  if (idx < 0 && /^ال\S{3,}ي$/.test(norm(c, pos))) return pos + 1;
  return pos;
}

/** The team named last before token `k` in the sentence, with no person between; or undefined. */
function teamBefore(a: ArticleCtx, c: SentenceCtx, k: number, placed?: Set<string>): Arg | undefined {
  for (let i = c.args.length - 1; i >= 0; i--) {
    const arg = c.args[i] as Arg;
    if (arg.t1 >= k) continue;
    if (arg.pseudo || arg.nisba || arg.modifier) continue;
    // مدافعيه X وY، و… لاعبيه الجديدين Z: players already placed in the team are no antecedent.
    if (placed?.has(arg.entity)) continue;
    if (arg.type === "Person") return undefined;
    if (arg.type === "Organization") return a.isTeam(arg.entity) ? arg : undefined;
  }
  return undefined;
}

/**
 * The person named last before token \`k\` in the sentence, with no organisation or place between
 * (أكد X رغبته في البقاء مع فريقه Y); undefined if none.
 */
function personBefore(c: SentenceCtx, k: number): Arg | undefined {
  for (let i = c.args.length - 1; i >= 0; i--) {
    const arg = c.args[i] as Arg;
    if (arg.t1 >= k || arg.pseudo || arg.modifier || arg.nisba) continue;
    return arg.type === "Person" ? arg : undefined;
  }
  return undefined;
}

/**
 * The persons listed from token `k` on: a name, then further names each after و or a comma
 * (X وY، X، Y وZ). Stops at any other word.
 */
function listedPersons(c: SentenceCtx, k: number): Arg[] {
  const out: Arg[] = [];
  let pos = k;
  for (;;) {
    const arg = argAt(c, pos);
    if (!arg || arg.type !== "Person") break;
    if (out.length > 0 && !arg.conj && !/^\s*[،,]\s*$/.test((c.tokens[pos] as Token).gap)) break;
    out.push(arg);
    pos = arg.t1 + 1;
    // A bare و between names (X و Y).
    if (norm(c, pos) === "و") pos++;
  }
  return out;
}

function member(
  c: SentenceCtx,
  a: ArticleCtx,
  person: Arg,
  team: string,
  role: string,
  from: number,
): Relation {
  const start = Math.min(from, person.start);
  const end = Math.max(person.end, from);
  return {
    type: "MEMBER_OF",
    source: person.entity,
    target: team,
    properties: { role },
    evidence: [{ sentence: c.index, start, end, text: a.text.slice(start, end) }],
    confidence: 0.7,
  };
}

export function sportsMembers(a: ArticleCtx, c: SentenceCtx): Relation[] {
  const out: Relation[] = [];
  const n = c.tokens.length;
  const placed = new Set<string>();
  for (let k = 0; k < n; k++) {
    const w = norm(c, k);
    if (OWN_TEAM.test(w) && (c.tokens[k] as Token).arg < 0) {
      const team = argAt(c, k + 1);
      if (!team || team.type !== "Organization" || !a.isTeam(team.entity)) continue;
      const player = personBefore(c, k);
      if (player) out.push(member(c, a, player, team.entity, "Player", player.start));
      continue;
    }
    const plural = PLAYERS_OF.exec(w);
    if (plural && (c.tokens[k] as Token).arg < 0) {
      const team = teamBefore(a, c, k, placed);
      if (!team) continue;
      let pos = k + 1;
      while (pos < n && pos <= k + 2 && PLAYER_ADJ.has(norm(c, pos))) pos++;
      const role = PLAYER_ROLE[plural[1] as string] ?? "Player";
      for (const p of listedPersons(c, pos)) {
        placed.add(p.entity);
        out.push(member(c, a, p, team.entity, role, team.start));
      }
      continue;
    }
    const done = DONE_CONTRACT.test(w) && /^[وف]?تم$/.test(norm(c, k - 1));
    if ((CONTRACTING.test(w) || done) && (c.tokens[k] as Token).arg < 0) {
      let pos = k + 1;
      if (OFFICIALLY.has(norm(c, pos))) pos++;
      if (norm(c, pos) !== "مع") continue;
      pos++;
      if (SIGNED_TITLE.has(norm(c, pos))) pos = afterNationality(c, pos + 1);
      const signed = argAt(c, pos);
      if (!signed || signed.type !== "Person") continue;
      const team = teamBefore(a, c, k);
      if (!team) continue;
      const role =
        norm(c, signed.t0 - 1) === "المدرب" ||
        (/^ال\S{3,}ي$/.test(norm(c, signed.t0 - 1)) && norm(c, signed.t0 - 2) === "المدرب")
          ? "Coach"
          : "Player";
      out.push(member(c, a, signed, team.entity, role, team.start));
      continue;
    }
    if (SALE.test(w) && (c.tokens[k] as Token).arg < 0) {
      // The first mention within four words, a person, with only his titles before it.
      const next = c.args.find((x) => x.t0 > k);
      if (!next || next.type !== "Person" || next.t0 > k + 4) continue;
      let pos = next.t1 + 1;
      while (pos < n && pos <= next.t1 + 2 && AGE.test(norm(c, pos))) pos++;
      if (!/^(الي|إلي)$/.test(norm(c, pos))) continue;
      const buyer = argAt(c, pos + 1);
      if (!buyer || buyer.type !== "Organization" || !a.isTeam(buyer.entity)) continue;
      out.push(member(c, a, next, buyer.entity, "Player", buyer.end));
      continue;
    }
    if (COUNTED.test(w) && (c.tokens[k] as Token).arg < 0) {
      let pos = k + 1;
      if (TEAM_WORD.test(norm(c, pos))) pos++;
      const team = argAt(c, pos);
      if (!team || team.type !== "Organization" || !a.isTeam(team.entity)) continue;
      pos = team.t1 + 1;
      while (pos < n && pos <= team.t1 + 3 && TEAM_TAIL.has(norm(c, pos))) pos++;
      const players = listedPersons(c, pos);
      // ثنائي: two names, ثلاثي: three … a list of another length is not these players.
      if (players.length < 2) continue;
      for (const p of players) out.push(member(c, a, p, team.entity, "Player", (c.tokens[k] as Token).start));
      continue;
    }
    if (LED_BY.has(w.replace(/^[وف]/, "")) && COACH.test(norm(c, k + 1))) {
      let pos = k + 2;
      if (norm(c, k + 1) === "المدير" && /^الفني$/.test(norm(c, pos))) pos++;
      else if (norm(c, k + 1) === "المدير") continue;
      // A nationality after the title (المدرب التونسي X).
      const coach = argAt(c, afterNationality(c, pos));
      if (!coach || coach.type !== "Person") continue;
      const team = teamBefore(a, c, k);
      if (!team) continue;
      out.push(member(c, a, coach, team.entity, "Coach", (c.tokens[k] as Token).start));
    }
  }
  return out;
}

/**
 * الفريق الذي يقوده المدرب X: a coach read as the club's head by a verb of leading is its
 * member (the gold's convention for coaches); the LEADS is dropped where the MEMBER_OF is known.
 */
export function coachesNotHeads(relations: Relation[], isTeam: (id: string) => boolean): Relation[] {
  const pair = (r: Relation) => `${r.source} ${r.target}`;
  const role = (r: Relation) => String(r.properties?.role ?? "");
  const coaches = new Set(
    relations.filter((r) => r.type === "MEMBER_OF" && /coach/i.test(role(r)) && isTeam(r.target)).map(pair),
  );
  // رئيس النادي X … فريقه Y: the club's head is not also read as its player.
  const heads = new Set(relations.filter((r) => r.type === "LEADS" && !coaches.has(pair(r))).map(pair));
  return relations.filter((r) =>
    r.type === "LEADS"
      ? !coaches.has(pair(r))
      : !(r.type === "MEMBER_OF" && /^player$/i.test(role(r)) && heads.has(pair(r))),
  );
}
