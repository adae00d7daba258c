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

/** FNV-1a over UTF-16 code units of s[from, to). */
function hashName(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}
