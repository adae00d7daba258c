import type { Entity } from "../model.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { RoleLog } from "./roles.js";
import { titleEndingAt } from "./title-match.js";

/**
 * A title with its country but no name (استقبل أمير قطر الرئيسَ التركي) stands for the person the
 * article names with that title and country. The nisba argument is rewritten to that person, so
 * verbs and reporting verbs take the person, not the country. Only an unambiguous match counts:
 * the person whose title relation (or the entity stage's `role` + `roleOf`) is that title of that
 * country. The holders are indexed once, from every title of the article (RoleLog), and the
 * returned function rewrites one sentence at a time.
 */
export function bareTitleResolver(
  a: ArticleCtx,
  roles: RoleLog,
  entities: ReadonlyMap<string, Entity>,
): (c: SentenceCtx) => () => void {
  // Title relations read in the text first; the entity stage's role + roleOf only as a fallback.
  const given = new Map<string, Set<string>>();
  for (const e of entities.values()) {
    const { role, roleOf } = e.properties;
    if (e.type !== "Person" || typeof role !== "string" || typeof roleOf !== "string") continue;
    const key = `${role}\u0000${roleOf}`;
    const set = given.get(key) ?? new Set<string>();
    set.add(e.id);
    given.set(key, set);
  }
  if (roles.holderKeys + given.size === 0) return () => () => undefined;
  const holders = (role: string, country: string) =>
    roles.holdersOf(role, country) ?? given.get(`${role}\u0000${country}`);
  return (c) => {
    const undo: (() => void)[] = [];
    for (const [i, arg] of c.args.entries()) {
      if (arg.modifier || arg.pseudo) continue;
      const nisba = arg.type === "Country" && arg.adjective;
      // قال رئيس اتحاد X إن: an unnamed title of an organisation or a place is the one person the
      // article names with that title of it (not when a name follows: رئيس نادي X فلان).
      const complement = arg.type !== "Person" && !arg.adjective && !named(c, i);
      if (!nisba && !complement) continue;
      const m = titleEndingAt(c.tokens, arg.t0 - 1, a.lex);
      if (!m || /[،,.:؛;“”«»"]/.test(c.tokens[arg.t0]?.gap ?? "")) continue;
      const people = nisba
        ? holders(m.title.en, arg.entity)
        : (roles.holdersOf(m.title.en, arg.entity) ?? longerTitleHolders(a, roles, c, m.first, arg));
      if (!people || people.size !== 1) continue;
      const [person] = people;
      if (!person) continue;
      if (complement) {
        const { entity, type } = arg;
        undo.push(() => Object.assign(arg, { entity, type }));
      }
      arg.entity = person;
      arg.type = "Person";
      arg.nisba = false;
      arg.adjective = false;
    }
    return () => undo.forEach((f) => f());
  };
}

/** How many words after a title's complement its holder's name may follow (honorifics, a rank). */
const NAME_REACH = 4;

/** A person named right after args[i] (within NAME_REACH words, no full stop): the title is not bare. */
function named(c: SentenceCtx, i: number): boolean {
  const arg = c.args[i];
  const next = c.args[i + 1];
  if (!arg || !next || next.type !== "Person") return false;
  if (next.t0 - arg.t1 > NAME_REACH) return false;
  for (let k = arg.t1 + 1; k <= next.t0; k++) if (/[.؛;:]/.test(c.tokens[k]?.gap ?? "")) return false;
  return true;
}

/**
 * رئيس مجلس النواب البحريني: the title read before the name may be a longer one that takes in the
 * body's own words (رئيس مجلس النواب → Speaker of Parliament), not the bare رئيس. The holders of a
 * title starting at the same word and ending inside the body's mention.
 */
function longerTitleHolders(
  a: ArticleCtx,
  roles: RoleLog,
  c: SentenceCtx,
  first: number,
  arg: SentenceCtx["args"][number],
): ReadonlySet<string> | undefined {
  for (let end = arg.t1; end >= arg.t0; end--) {
    const m = titleEndingAt(c.tokens, end, a.lex);
    if (m?.first !== first) continue;
    const people = roles.holdersOf(m.title.en, arg.entity);
    if (people) return people;
  }
  return undefined;
}
