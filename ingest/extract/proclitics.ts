/** Proclitics stuck on person names, cut off by what the rest of the article says. */
import type { Lexicon } from "../lexicon/index.js";
import { surfaceOffset } from "../text/segment.js";
import { procliticLength } from "./identity.js";
import { personEn } from "./label.js";
import type { SpanGroup } from "./store.js";

/**
 * وخالد when the article names خالد بن فهد: a proclitic on the first word of a name whose rest
 * starts another person's name in the article is cut off (mentions and name).
 */
export function splitProclitics(lex: Lexicon, groups: SpanGroup[]): void {
  const firsts = new Set<string>();
  for (const g of groups) {
    const keys = g.proto.person?.keys ?? [];
    if (keys.length > 1 && keys[0]) firsts.add(keys[0]);
  }
  for (const g of groups) {
    const c = g.proto;
    const person = c.person;
    const first = person?.keys[0];
    if (!person || !first) continue;
    const n = procliticLength(lex, first, (rest) => firsts.has(rest));
    if (n === 0) continue;
    const offset = surfaceOffset(person.written ?? c.name, n);
    for (let i = 0; i < g.spans.length; i += 2) g.spans[i] = (g.spans[i] as number) + offset;
    const parts = [
      (person.parts[0] ?? "").slice(surfaceOffset(person.parts[0] ?? "", n)),
      ...person.parts.slice(1),
    ];
    c.person = { parts, keys: [first.slice(n), ...person.keys.slice(1)] };
    c.start += offset;
    c.name = c.name.slice(offset);
    c.nameEn = personEn(lex, parts);
  }
}
