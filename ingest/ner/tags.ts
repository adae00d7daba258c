/** The BIO tag set of ANERcorp: four entity types, each with a begin and an inside tag. */
export const ENTITY_KINDS = ["PERS", "LOC", "ORG", "MISC"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const TAGS = ["O", ...ENTITY_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`])] as const;
export type Tag = (typeof TAGS)[number];

/**
 * The tags the model decides between: BILOU (begin, inside, last, unit) makes the end of a
 * span a decision of its own, which a greedy tagger uses well (Ratinov & Roth 2009). Output
 * is always converted back to BIO.
 */
export const BILOU_TAGS = ["O", ...ENTITY_KINDS.flatMap((k) => [`B-${k}`, `I-${k}`, `L-${k}`, `U-${k}`])] as const;

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

/** BIO → BILOU: a one-word span is U-X, the last word of a longer one L-X. Input must be valid BIO. */
export function toBilou(bio: readonly string[]): string[] {
  return bio.map((tag, i) => {
    if (tag === "O") return tag;
    const ends = bio[i + 1] !== `I-${tag.slice(2)}`;
    if (!ends) return tag;
    return (tag.startsWith("B-") ? "U-" : "L-") + tag.slice(2);
  });
}

/** BILOU (or BIO) → BIO. */
export function toBio(tags: readonly string[]): string[] {
  return tags.map((t) => (t.startsWith("U-") ? "B-" + t.slice(2) : t.startsWith("L-") ? "I-" + t.slice(2) : t));
}

/**
 * Whether `tag` may follow `prev` at a position (BIO or BILOU): inside/last tags continue an
 * open span of their kind; in BILOU an open span must go on, and must be closed by the end.
 */
export function isAllowedIn(bilou: boolean, prev: string, tag: string, last: boolean): boolean {
  const open = prev.startsWith("B-") || prev.startsWith("I-");
  const continues = tag.startsWith("I-") || tag.startsWith("L-");
  if (continues && !(open && prev.slice(2) === tag.slice(2))) return false;
  if (!bilou) return true;
  if (open && !continues) return false;
  return !(last && (tag.startsWith("B-") || tag.startsWith("I-")));
}
