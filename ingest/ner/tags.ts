/** The BIO tag set of ANERcorp: four entity types, each with a begin and an inside tag. */
export const ENTITY_KINDS = ["PERS", "LOC", "ORG", "MISC"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const TAGS = ["O", ...ENTITY_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])] as const;
export type Tag = (typeof TAGS)[number];

const TAG_SET: ReadonlySet<string> = new Set(TAGS);

export function isTag(value: string): value is Tag {
  return TAG_SET.has(value);
}

/** The entity type of a tag, or null for O. */
export function kindOf(tag: string): string | null {
  return tag.length > 2 && tag[1] === "-" ? tag.slice(2) : null;
}

/** I-X may only continue a B-X or I-X; everything else may follow anything. */
export function isAllowedAfter(prev: string, tag: string): boolean {
  if (!tag.startsWith("I-")) return true;
  return prev !== "O" && kindOf(prev) === kindOf(tag);
}

const tables = new WeakMap<readonly string[], boolean[][]>();

/** allowed[p][t]: may tags[t] follow tags[p]? Computed once per tag set. */
export function allowedTable(tags: readonly string[]): boolean[][] {
  let table = tables.get(tags);
  if (!table) {
    table = tags.map((p) => tags.map((t) => isAllowedAfter(p, t)));
    tables.set(tags, table);
  }
  return table;
}

/**
 * Makes a tag sequence valid BIO: an I-X that does not continue an X span opens one (B-X).
 * @example repairBio(["O", "I-PERS", "I-LOC"]) // ["O", "B-PERS", "B-LOC"]
 */
export function repairBio(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prev = "O";
  for (const tag of tags) {
    const fixed = isAllowedAfter(prev, tag) ? tag : `B-${tag.slice(2)}`;
    out.push(fixed);
    prev = fixed;
  }
  return out;
}
