import type { RoleFact } from "./titles.js";

/**
 * Roles read from titles, in text order, for coreference (المتحدث → the spokesperson named
 * before) and for bare titles (الرئيس التركي → the person titled so). A long article has one per
 * titled name, so they are kept in typed arrays over interned ids, not as an object each.
 */
export class RoleLog {
  private offsets = new Int32Array(256);
  private roles = new Int32Array(256);
  private persons = new Int32Array(256);
  private readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  /** `role \0 country` → persons given that title of that country. */
  private readonly holders = new Map<string, Set<string>>();
  length = 0;

  private id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  /** Adds a role read at `offset`; roles must come in text order. */
  add(f: RoleFact): void {
    if (this.length === this.offsets.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.offsets = grow(this.offsets);
      this.roles = grow(this.roles);
      this.persons = grow(this.persons);
    }
    this.offsets[this.length] = f.offset;
    this.roles[this.length] = this.id(f.role);
    this.persons[this.length] = this.id(f.person);
    this.length++;
    const key = `${f.role}\u0000${f.target}`;
    const set = this.holders.get(key) ?? new Set<string>();
    set.add(f.person);
    this.holders.set(key, set);
  }

  /** Index of the last role read before offset `at` (-1 when none), by binary search. */
  private lastIndexBefore(at: number): number {
    let lo = 0;
    let hi = this.length - 1;
    let from = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.offsets[mid] as number) <= at - 1) {
        from = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return from;
  }

  /** The person of the last `role` read before offset `at`, looking back over at most `reach` roles. */
  lastBefore(at: number, role: string, reach: number): string | undefined {
    const want = this.ids.get(role);
    if (want === undefined) return undefined;
    const from = this.lastIndexBefore(at);
    for (let i = from; i >= Math.max(0, from - reach); i--)
      if (this.roles[i] === want) return this.names[this.persons[i] as number];
    return undefined;
  }

  /**
   * The person of the last role `want` covers (see `roleFits`) read before offset `at`, looking
   * back over at most `reach` roles: الوزير → the last minister of any portfolio.
   */
  lastLike(at: number, want: string, reach: number): string | undefined {
    const from = this.lastIndexBefore(at);
    for (let i = from; i >= Math.max(0, from - reach); i--)
      if (roleFits(this.names[this.roles[i] as number] ?? "", want))
        return this.names[this.persons[i] as number];
    return undefined;
  }

  /**
   * The one person given exactly `role` (of any body or country) among the last `reach` roles read
   * before offset `at`; undefined when none or several were (نائب خادم الحرمين الشريفين → the deputy
   * king named before, وزير الخارجية → only when one foreign minister was named).
   */
  onlyHolderBefore(at: number, role: string, reach: number): string | undefined {
    const want = this.ids.get(role);
    if (want === undefined) return undefined;
    const from = this.lastIndexBefore(at);
    let found: number | undefined;
    for (let i = from; i >= Math.max(0, from - reach); i--) {
      if (this.roles[i] !== want) continue;
      const p = this.persons[i] as number;
      if (found !== undefined && found !== p) return undefined;
      found = p;
    }
    return found === undefined ? undefined : this.names[found];
  }

  /** Persons whose title relations give them `role` of `country`. */
  holdersOf(role: string, country: string): ReadonlySet<string> | undefined {
    return this.holders.get(`${role}\u0000${country}`);
  }

  get holderKeys(): number {
    return this.holders.size;
  }
}

/** Deputies, vice and prime ministers are not who «الوزير» or «الرئيس» alone refers back to. */
const NOT_BARE = /^(Deputy|Vice|Assistant|Prime|Acting|Former|former)\b/;

/**
 * Whether a title's role is one a bare title word refers back to: `want` is a role or several
 * joined by | (Prince|Emir); a role ending in it counts too (Foreign Minister for Minister).
 */
export function roleFits(role: string, want: string): boolean {
  return want.split("|").some((w) => role === w || (role.endsWith(` ${w}`) && !NOT_BARE.test(role)));
}
