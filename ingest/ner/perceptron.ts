import { Weights, type Scorer } from "./weights.js";

/**
 * Averaged perceptron (Collins 2002) with the lazy-averaging trick: alongside the weights w we
 * keep u += c·Δ at each update, so the average is w − u/c without touching every weight per step.
 */
export class AveragedPerceptron implements Scorer {
  private readonly index = new Map<string, number>();
  private w: Float64Array = new Float64Array(1 << 16);
  private u: Float64Array = new Float64Array(1 << 16);
  /** Number of updates seen so far (the averaging clock). */
  private c = 1;

  constructor(readonly tags: readonly string[]) {}

  get featureCount(): number {
    return this.index.size;
  }

  addScores(features: readonly string[], scores: Float64Array): void {
    const n = this.tags.length;
    for (const f of features) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      for (let t = 0; t < n; t++) scores[t] = (scores[t] ?? 0) + (this.w[row * n + t] ?? 0);
    }
  }

  /** Moves weight from the guessed tag to the true one for every feature (no-op when equal). */
  update(truth: number, guess: number, features: readonly string[]): void {
    this.c++;
    if (truth === guess) return;
    const n = this.tags.length;
    for (const f of features) {
      const base = this.row(f) * n;
      this.bump(base + truth, 1);
      this.bump(base + guess, -1);
    }
  }

  /** Structured update: adds `delta` to the weight of every feature for one tag. */
  adjust(features: readonly string[], tag: number, delta: number): void {
    const n = this.tags.length;
    for (const f of features) this.bump(this.row(f) * n + tag, delta);
  }

  /** Advances the averaging clock by one example (a sentence, in structured training). */
  tick(): void {
    this.c++;
  }

  /** The averaged weights, with features whose every weight rounds to zero dropped. */
  averaged(minAbs = 0): Weights {
    const n = this.tags.length;
    const index = new Map<string, number>();
    const kept: number[] = [];
    for (const [f, row] of this.index) {
      let keep = false;
      for (let t = 0; t < n; t++) {
        if (Math.abs(this.avg(row * n + t)) > minAbs) keep = true;
      }
      if (!keep) continue;
      index.set(f, index.size);
      for (let t = 0; t < n; t++) kept.push(this.avg(row * n + t));
    }
    return new Weights(this.tags, index, Float32Array.from(kept));
  }

  private avg(i: number): number {
    return (this.w[i] ?? 0) - (this.u[i] ?? 0) / this.c;
  }

  private bump(i: number, delta: number): void {
    this.w[i] = (this.w[i] ?? 0) + delta;
    this.u[i] = (this.u[i] ?? 0) + this.c * delta;
  }

  private row(f: string): number {
    let row = this.index.get(f);
    if (row === undefined) {
      row = this.index.size;
      this.index.set(f, row);
      const need = (row + 1) * this.tags.length;
      if (need > this.w.length) {
        this.w = grow(this.w, need);
        this.u = grow(this.u, need);
      }
    }
    return row;
  }
}

function grow(a: Float64Array, need: number): Float64Array {
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
