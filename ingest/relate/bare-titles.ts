import type { Entity } from "../model.js";
import type { ArticleCtx, SentenceCtx } from "./context.js";
import type { RoleFact } from "./titles.js";
import { titleEndingAt } from "./titles.js";

/**
 * A title with its country but no name (استقبل أمير قطر الرئيسَ التركي) stands for the person the
 * article names with that title and country. The nisba argument is rewritten to that person, so
 * verbs and reporting verbs take the person, not the country. Only an unambiguous match counts:
 * the person whose title relation (or the entity stage's `role` + `roleOf`) is that title of that
 * country.
 */
export function resolveBareTitles(
  a: ArticleCtx,
  sentences: SentenceCtx[],
  roles: RoleFact[],
  entities: Map<string, Entity>,
): void {
  // Title relations read in the text first; the entity stage's role + roleOf only as a fallback.
  const read = new Map<string, Set<string>>();
  const given = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, role: string, country: string, person: string) => {
    const key = `${role}\u0000${country}`;
    const set = map.get(key) ?? new Set<string>();
    set.add(person);
    map.set(key, set);
  };
  for (const r of roles) add(read, r.role, r.target, r.person);
  for (const e of entities.values()) {
    const { role, roleOf } = e.properties;
    if (e.type === "Person" && typeof role === "string" && typeof roleOf === "string")
      add(given, role, roleOf, e.id);
  }
  const holders = { get: (key: string) => read.get(key) ?? given.get(key), size: read.size + given.size };
  if (holders.size === 0) return;
  for (const c of sentences) {
    for (const arg of c.args) {
      if (arg.type !== "Country" || !arg.adjective || arg.modifier || arg.pseudo) continue;
      const m = titleEndingAt(c.tokens, arg.t0 - 1, a.lex);
      if (!m || /[،,.:؛;“”«»"]/.test(c.tokens[arg.t0]?.gap ?? "")) continue;
      const people = holders.get(`${m.title.en}\u0000${arg.entity}`);
      if (!people || people.size !== 1) continue;
      const [person] = people;
      if (!person) continue;
      arg.entity = person;
      arg.type = "Person";
      arg.nisba = false;
      arg.adjective = false;
    }
  }
}
