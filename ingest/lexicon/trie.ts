/** Phrase trie keyed by normalised tokens: longest-match lookup of multi-word lexicon entries. */
interface Node<T> {
  next: Map<string, Node<T>> | null;
  value: T | undefined;
}

export interface TrieMatch<T> {
  value: T;
  /** Number of tokens matched. */
  length: number;
}

export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: null, value: undefined };
  size = 0;

  /** Adds a phrase; returns the value already stored under it, if any (the caller decides). */
  add(keys: readonly string[], value: T): T | undefined {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    const previous = node.value;
    if (previous === undefined) {
      node.value = value;
      this.size++;
    }
    return previous;
  }

  /** True when some phrase starts with this key. */
  has(first: string): boolean {
    return this.root.next?.has(first) ?? false;
  }

  /**
   * Longest phrase whose first token is `first` and whose following tokens are keyAt(1), keyAt(2)...
   * (keyAt returns undefined past the end).
   */
  longest(first: string, keyAt: (offset: number) => string | undefined): TrieMatch<T> | null {
    let node = this.root.next?.get(first);
    let best: TrieMatch<T> | null = null;
    let length = 1;
    while (node) {
      if (node.value !== undefined) best = { value: node.value, length };
      const key = node.next ? keyAt(length) : undefined;
      if (key === undefined) break;
      node = node.next?.get(key);
      length++;
    }
    return best;
  }
}
