/**
 * A model's feature names → rows, kept as the model file stores them: one string of every name
 * ("\n" after each), where each name starts, and an open-addressing hash table of rows. Loading
 * reads three arrays instead of building a Map of 100k+ strings (most of the old load time);
 * a lookup hashes the asked name and compares it in place, without cutting names out.
 */
export class PackedIndex implements ReadonlyMap<string, number> {
  private readonly mask: number;

  constructor(
    /** Every name followed by "\n", in row order. */
    private readonly text: string,
    /** starts[row]: where the name of `row` begins in `text`; starts[size] = text.length. */
    private readonly starts: Int32Array,
    /** Hash slot → row, or -1; a power of two in length, at most half full. */
    private readonly slots: Int32Array,
  ) {
    this.mask = slots.length - 1;
  }

  /** The packed form of `names` (row = position); names must not contain "\n". */
  static pack(names: readonly string[]): { text: string; starts: Int32Array; slots: Int32Array } {
    let size = 16;
    while (size < names.length * 2) size *= 2;
    const slots = new Int32Array(size).fill(-1);
    const starts = new Int32Array(names.length + 1);
    let at = 0;
    names.forEach((name, row) => {
      starts[row] = at;
      at += name.length + 1;
      let slot = hashName(name, 0, name.length) & (size - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
      slots[slot] = row;
    });
    starts[names.length] = at;
    return { text: names.map((n) => n + "\n").join(""), starts, slots };
  }

  /** Whether the arrays fit together: every name ends in "\n" and every slot names a row. */
  static valid(text: string, starts: Int32Array, slots: Int32Array): boolean {
    const n = starts.length - 1;
    if (n < 0 || starts[0] !== 0 || starts[n] !== text.length) return false;
    if (slots.length < 2 || (slots.length & (slots.length - 1)) !== 0) return false;
    for (let r = 0; r < n; r++) {
      const end = starts[r + 1] ?? 0;
      if (end <= (starts[r] ?? 0) || text.charCodeAt(end - 1) !== 10) return false;
    }
    let filled = 0;
    for (const row of slots) {
      if (row < -1 || row >= n) return false;
      if (row >= 0) filled++;
    }
    return filled === n;
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** The name of `row`. */
  name(row: number): string {
    return this.text.slice(this.starts[row] ?? 0, (this.starts[row + 1] ?? 1) - 1);
  }

  get(name: string): number | undefined {
    const { slots, starts, text, mask } = this;
    const len = name.length;
    for (let slot = hashName(name, 0, len) & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot] ?? -1;
      if (row < 0) return undefined;
      const at = starts[row] ?? 0;
      if ((starts[row + 1] ?? 0) - at - 1 !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(at + k) === name.charCodeAt(k)) k++;
      if (k === len) return row;
    }
  }

  /**
   * The row of the name `prefix + value.slice(from, to)` (-1: none), found without building it:
   * hashName() reads its characters one after the other, so the two parts are hashed in turn.
   */
  getJoined(prefix: string, value: string, from: number, to: number): number {
    const { slots, starts, text, mask } = this;
    const plen = prefix.length;
    const len = plen + to - from;
    let h = 0x811c9dc5;
    for (let k = 0; k < plen; k++) h = Math.imul(h ^ prefix.charCodeAt(k), 0x01000193);
    for (let k = from; k < to; k++) h = Math.imul(h ^ value.charCodeAt(k), 0x01000193);
    for (let slot = ((h ^ (h >>> 16)) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const row = slots[slot] ?? -1;
      if (row < 0) return -1;
      const at = starts[row] ?? 0;
      if ((starts[row + 1] ?? 0) - at - 1 !== len) continue;
      let k = 0;
      while (k < plen && text.charCodeAt(at + k) === prefix.charCodeAt(k)) k++;
      if (k < plen) continue;
      const rest = at + plen - from;
      k = from;
      while (k < to && text.charCodeAt(rest + k) === value.charCodeAt(k)) k++;
      if (k === to) return row;
    }
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (let row = 0; row < this.size; row++) yield [this.name(row), row];
  }

  *keys(): MapIterator<string> {
    for (let row = 0; row < this.size; row++) yield this.name(row);
  }

  *values(): MapIterator<number> {
    for (let row = 0; row < this.size; row++) yield row;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (row: number, name: string, map: ReadonlyMap<string, number>) => void): void {
    for (let row = 0; row < this.size; row++) callback(row, this.name(row), this);
  }
}

/**
 * Keys that are spans of one text (a word list read from disk), each with a number: a hash table
 * over [from, to) offsets, built by hashing the text in place. No key is cut out of the text, so a
 * list of 50,000 lines loads without 50,000 strings and Map entries (most of its old load time).
 */
export interface SpanTableParts {
  from: Int32Array;
  to: Int32Array;
  value: Int32Array;
  slots: Int32Array;
}

export class SpanTable {
  private readonly mask: number;

  private constructor(
    private readonly text: string,
    /** Per key: where it starts and ends in `text`, and its value. */
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    private readonly value: Int32Array,
    /** Hash slot → key, or -1; a power of two in length, at most half full. */
    private readonly slots: Int32Array,
    private count: number,
  ) {
    this.mask = slots.length - 1;
  }

  /** An empty table over `text` for at most `capacity` keys. */
  static create(text: string, capacity: number): SpanTable {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    const keys = () => new Int32Array(capacity);
    return new SpanTable(text, keys(), keys(), keys(), new Int32Array(size).fill(-1), 0);
  }

  /**
   * The arrays to store, as parts() gave them; null when their lengths do not fit together. Their
   * contents are not checked one by one (that took longer than the rest of the load): a damaged
   * entry can only make lookups miss, since a probe stops after visiting every slot.
   */
  static view(text: string, parts: SpanTableParts): SpanTable | null {
    const { from, to, value, slots } = parts;
    const n = from.length;
    if (to.length !== n || value.length !== n || (slots.length & (slots.length - 1)) !== 0) return null;
    if (slots.length < 16 || n * 2 > slots.length) return null;
    return new SpanTable(text, from, to, value, slots, n);
  }

  /** The arrays to store (view() takes them back over the same text). */
  parts(): SpanTableParts {
    const n = this.count;
    return {
      from: this.from.subarray(0, n),
      to: this.to.subarray(0, n),
      value: this.value.subarray(0, n),
      slots: this.slots,
    };
  }

  get size(): number {
    return this.count;
  }

  /**
   * Adds the key text[from, to) with `value`; a key already there gets `value` OR-ed into its own
   * (`or`) or replaces it (`set`).
   */
  add(from: number, to: number, value: number, mode: "or" | "set"): void {
    const { slots, text, mask } = this;
    const len = to - from;
    for (let slot = hashName(text, from, to) & mask; ; slot = (slot + 1) & mask) {
      const e = slots[slot] ?? -1;
      if (e < 0) {
        if (this.count >= this.from.length) throw new Error("SpanTable: over capacity");
        slots[slot] = this.count;
        this.from[this.count] = from;
        this.to[this.count] = to;
        this.value[this.count++] = value;
        return;
      }
      const at = this.from[e] ?? 0;
      if ((this.to[e] ?? 0) - at !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(at + k) === text.charCodeAt(from + k)) k++;
      if (k === len) {
        this.value[e] = mode === "or" ? (this.value[e] ?? 0) | value : value;
        return;
      }
    }
  }

  /** The value of `key`, or undefined. */
  get(key: string): number | undefined {
    const { slots, text, mask } = this;
    const len = key.length;
    let slot = hashName(key, 0, len) & mask;
    for (let probes = 0; probes <= mask; probes++, slot = (slot + 1) & mask) {
      const e = slots[slot] ?? -1;
      if (e < 0) return undefined;
      const at = this.from[e] ?? 0;
      if ((this.to[e] ?? 0) - at !== len) continue;
      let k = 0;
      while (k < len && text.charCodeAt(at + k) === key.charCodeAt(k)) k++;
      if (k === len) return this.value[e];
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Keys with their values, in the order first added. */
  *entries(): Generator<[string, number]> {
    for (let e = 0; e < this.count; e++) {
      yield [this.text.slice(this.from[e], this.to[e]), this.value[e] ?? 0];
    }
  }
}

/** FNV-1a over UTF-16 code units of s[from, to). */
function hashName(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
