import type { Entity, Relation } from "../model.js";
import { normalizeForMatch } from "../text/normalize.js";
import { core } from "./lexicon.js";

/**
 * The English role of a title relation as news English writes it, from the title the relation
 * stage read (its lexicon name: "Emir", "Head", "Health Minister"), the body or place the title is
 * of, and the words of the title in the evidence. The lexicon names stay what coreference and bare
 * titles look for (الوزير → a "… Minister"); only the relation's `role` is renamed, last:
 *
 * - أمير منطقة X → governor (of a region, a place); أمير قطر stays emir;
 * - رئيس + a committee or council → chairman; + another body or a state → president; رئيس قسم → head;
 * - a minister by portfolio: minister of health, minister of hajj (وزير + a ministry named by the
 *   article); the United States' foreign and defence ministers are its secretaries;
 * - a player by position (مهاجم → striker, مدافع → defender, لاعب الوسط → midfielder, حارس → goalkeeper),
 *   المدير الفني → manager, مدرب الحراس → goalkeeping coach;
 * - مدير عام / المدير العام → director general;
 * - بالإنابة → acting …; برئاسة X without a title → chairman / president by the body; بقيادة X → leader.
 *
 * Every role is written in lower case, as news English writes a title that is not before a name
 * ("the emir", "the prime minister") and as the gold does; a role is made of title words only, never
 * a proper name, so lowering the whole role loses nothing.
 */

/** Portfolio ministers of the title lexicon: "<Portfolio> Minister" → "minister of <portfolio>". */
const PORTFOLIO =
  /^(Deputy )?(Defence|Interior|Finance|Health|Justice|Economy|Education|Information) Minister$/;

/** Head nouns of bodies whose head is a chairman (لجنة، مجلس), or only a head (قسم، شعبة، وحدة). */
const CHAIRED = new Set(["لجنه", "مجلس"]);
const HEADED = new Set(["قسم", "شعبه", "وحده"]);

function bodyHead(e: Entity | undefined): string {
  return core(e?.name.trim().split(/\s+/)[0] ?? "");
}

/** The head of a body by its head noun: chairman of a committee or council, else president. */
function headOf(e: Entity | undefined): string {
  const head = bodyHead(e);
  if (CHAIRED.has(head) || /\b(Committee|Council)\b/.test(e?.nameEn ?? "")) return "chairman";
  if (HEADED.has(head)) return "head";
  return "president";
}

const POSITIONS: [RegExp, string][] = [
  [/(^|\s)[وف]?(ال)?مهاجم/, "striker"],
  [/(^|\s)[وف]?(ال)?مدافع/, "defender"],
  [/(^|\s)[وف]?(ال)?حارس/, "goalkeeper"],
  [/لاعب (خط )?(ال)?وسط|صانع العاب/, "midfielder"],
];

/** A player's position from the title words of the evidence: the one position it names. */
function position(ev: string): string | undefined {
  const named = POSITIONS.filter(([re]) => re.test(ev));
  return named.length === 1 ? named[0]?.[1] : undefined;
}

function ministryOf(e: Entity | undefined): string | undefined {
  if (e?.type !== "Organization") return undefined;
  const m = /\bMinistry of (?:the )?(.+)$/.exec(e.nameEn);
  if (!m) return undefined;
  const field = (m[1] as string).toLowerCase();
  if (field === "foreign affairs") return "foreign minister";
  if (/^(petroleum|oil)\b/.test(field)) return "oil minister";
  return `minister of ${field}`;
}

function renamed(r: Relation, role: string, target: Entity | undefined, ev: string, us: boolean): string {
  const place = target?.type === "Location" || target?.type === "City";
  switch (role) {
    case "Emir":
      return place || bodyHead(target) === "اماره" ? "governor" : role;
    case "Deputy Emir":
      return place || bodyHead(target) === "اماره" ? "deputy governor" : role;
    case "Deputy":
      return bodyHead(target) === "اماره" ? "deputy governor" : role;
    case "Head":
      return target?.type === "Country" ? "president" : headOf(target);
    case "Chief Executive":
      return "chief executive officer";
    case "Director":
      // مدير عام X، المدير العام لـX: the director general.
      return /^[وف]?(ال)?مديره? (ال)?عام(\s|$)/.test(ev) ? "director general" : role;
    case "Speaker of Parliament":
      return "speaker";
    case "Deputy President":
      return "vice president";
    case "Deputy King":
      return "deputy of the king";
    case "Foreign Minister":
      return us ? "secretary of state" : role;
    case "Minister":
      return ministryOf(target) ?? role;
    case "Player":
      return position(ev) ?? role;
    case "Coach":
      if (/حراس|الحارس/.test(ev)) return "goalkeeping coach";
      return /(^|\s)[وفل]*(ال)?مدير (ال)?فني/.test(ev) ? "manager" : role;
    case "Adviser":
      return /مستشار (خادم الحرمين|الملك)/.test(ev) ? "adviser to the king" : role;
    case "Spokesperson":
      return /المتحدث الامني|الناطق الامني/.test(ev) ? "security spokesman" : role;
  }
  const minister = PORTFOLIO.exec(role);
  if (minister) {
    const field = (minister[2] as string).toLowerCase();
    if (field === "defence")
      return us && !minister[1]
        ? "secretary of defense"
        : `${minister[1] ? "deputy " : ""}minister of defense`;
    return `${minister[1] ? "deputy " : ""}minister of ${field}`;
  }
  return role;
}

/** مع المدرب [المصري] X: the word before the person's name in the evidence is مدرب (a nisba between). */
function coachBefore(r: Relation, source: Entity): boolean {
  const ev = r.evidence[0];
  if (!ev) return false;
  const m = source.mentions.find((x) => x.start >= ev.start && x.end <= ev.end);
  if (!m) return false;
  const before = normalizeForMatch(ev.text.slice(0, m.start - ev.start));
  return /(^|\s)[وفل]*(ال)?مدرب(\s+ال\S+)?\s*$/.test(before);
}

/**
 * Roles for relations read without a title: برئاسة X → the body's head, بقيادة X → leader; a
 * person who joined a team (انضم X إلى Y) → its player, by position when the evidence names one.
 */
function untitled(
  r: Relation,
  target: Entity | undefined,
  ev: string,
  source: Entity | undefined,
  isTeam: (id: string) => boolean,
): string | undefined {
  if (r.type === "MEMBER_OF" && source?.type === "Person" && isTeam(r.target))
    return coachBefore(r, source) ? "coach" : (position(ev) ?? "player");
  if (r.type === "LEADS") {
    if (/(^|\s)[وف]?برئاسه/.test(ev)) return headOf(target);
    if (/(^|\s)[وف]?(بقياده|يتزعم|تتزعم|زعيم)/.test(ev)) return "leader";
  }
  return undefined;
}

/**
 * Renames the roles of title relations to the English news writes (see the module comment).
 * `countryOf` gives the state of a body or a country itself (for the United States' secretaries);
 * `isTeam` tells a club or a national team.
 */
export function englishRoles(
  relations: Relation[],
  entities: ReadonlyMap<string, Entity>,
  countryOf: (id: string) => string | null,
  isTeam: (id: string) => boolean,
): Relation[] {
  return relations.map((r) => {
    if (r.type !== "LEADS" && r.type !== "MEMBER_OF") return r;
    const target = entities.get(r.target);
    const ev = normalizeForMatch(r.evidence[0]?.text ?? "");
    const given = r.properties.role;
    if (typeof given !== "string") {
      const role = untitled(r, target, ev, entities.get(r.source), isTeam);
      return role ? { ...r, properties: { ...r.properties, role } } : r;
    }
    const former = given.startsWith("former ");
    const base = former ? given.slice("former ".length) : given;
    const state = countryOf(r.target);
    const us =
      /^(US|U\.S\.|United States)\b/.test(target?.nameEn ?? "") ||
      (state !== null && (state === "country:US" || entities.get(state)?.properties.code === "US"));
    let role = renamed(r, base, target, ev, us);
    if (/(^|\s)بالانابه(\s|$)/.test(ev) && !/^acting /.test(role)) role = `acting ${role}`;
    if (former) role = `former ${role}`;
    role = role.toLowerCase();
    return role === given ? r : { ...r, properties: { ...r.properties, role } };
  });
}
