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

/**
 * The mean of several models over the same tags, as one model (a feature a model lacks counts
 * as zero there); rows whose every mean weight is at most `minAbs` are dropped.
 */
export function averageWeights(models: readonly Weights[], minAbs: number): Weights {
  const first = models[0];
  if (!first) throw new Error("ner: averageWeights needs at least one model");
  const n = first.tags.length;
  const sums = new Map<string, Float64Array>();
  for (const m of models) {
    for (const [feature, row] of m.index) {
      let sum = sums.get(feature);
      if (!sum) sums.set(feature, (sum = new Float64Array(n)));
      for (let t = 0; t < n; t++)
        sum[t] = (sum[t] ?? 0) + (m.values[row * n + t] ?? 0) / m.unit / models.length;
    }
  }
  const index = new Map<string, number>();
  const kept: number[] = [];
  for (const [feature, sum] of sums) {
    if (!sum.some((v) => Math.abs(v) > minAbs)) continue;
    index.set(feature, index.size);
    kept.push(...sum);
  }
  return new Weights(first.tags, index, Float32Array.from(kept));
}
