/**
 * Per-feature, per-tag weights, the shape both training and tagging share. A feature string is
 * looked up once in a Map to a row; rows are contiguous in one typed array. A loaded model
 * keeps its 16-bit integers as they are: scaling every weight by one positive factor changes no
 * decision, so only margins are divided back (`unit`).
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
    readonly values: Float32Array | Int16Array,
    /** Score units per weight unit: the quantisation scale of a loaded model, else 1. */
    readonly unit = 1,
  ) {
    if (values.length !== index.size * tags.length) {
      throw new Error(
        `ner: weights have ${values.length} values for ${index.size} features × ${tags.length} tags`,
      );
    }
  }

  /** The summed weights of `features`, a new array. */
  scoresOf(features: readonly string[]): Float64Array {
    const scores = new Float64Array(this.tags.length);
    this.addScores(features, scores);
    return scores;
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
