/**
 * Per-feature, per-tag weights, the shape both training and tagging share. A feature string is
 * looked up once in a Map to a row; rows are contiguous in one Float32Array.
 */
export interface Scorer {
  readonly tags: readonly string[];
  /** Adds the rows of the known features into `scores` (length tags.length). */
  addScores(features: readonly string[], scores: Float64Array): void;
}

export class Weights implements Scorer {
  constructor(
    readonly tags: readonly string[],
    readonly index: ReadonlyMap<string, number>,
    readonly values: Float32Array,
  ) {
    if (values.length !== index.size * tags.length) {
      throw new Error(
        `ner: weights have ${values.length} values for ${index.size} features × ${tags.length} tags`,
      );
    }
  }

  addScores(features: readonly string[], scores: Float64Array): void {
    const n = this.tags.length;
    const v = this.values;
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const base = row * n;
      for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (v[base + t] ?? 0);
    }
  }
}
