/**
 * A seeded pseudo-random generator, so `--seed 42` gives the same data on every machine.
 * sfc32 is small, fast (plain 32-bit integer ops) and passes PractRand; Math.random can't be seeded.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  /** Box–Muller yields normals in pairs; the second is kept for the next call. */
  private spareNormal: number | null = null;

  constructor(seed: number) {
    // splitmix32 spreads any seed (0, 1, 2…) into a well-mixed starting state.
    let state = seed >>> 0;
    const splitmix = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = splitmix();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Standard normal (mean 0, deviation 1). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return spare;
    }
    const u = 1 - this.next(); // (0, 1]: log(0) would be -Infinity
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }

  /**
   * Log-normal with the given median: the shape of real waiting times (most quick, a long tail).
   * sigma 1 puts the 90th percentile at ~3.6× the median.
   */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }
}

/** Draws from a fixed table of weights; the cumulative sums are built once, not per draw. */
export class WeightedChoice<T> {
  private readonly values: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('weighted choice needs at least one entry');
    this.values = entries.map(([value]) => value);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], index) => {
      if (!(weight >= 0)) throw new RangeError('weights must be non-negative numbers');
      sum += weight;
      this.cumulative[index] = sum;
    });
    if (sum <= 0) throw new RangeError('weights must not all be zero');
    this.total = sum;
  }

  draw(rng: Random): T {
    const target = rng.next() * this.total;
    const index = firstIndexAbove(this.cumulative, target);
    return this.values[Math.min(index, this.values.length - 1)] as T;
  }
}

/** Binary search: the first index whose value is greater than `target` (length if none). */
export function firstIndexAbove(sorted: Float64Array, target: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Combines numbers into one 32-bit seed (FNV-style), e.g. the user's seed and the database's state. */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    // Feed both 32-bit halves so large numbers (timestamps, counts) are not truncated.
    for (const word of [part >>> 0, Math.floor(part / 4_294_967_296) >>> 0]) {
      hash = Math.imul(hash ^ word, 0x01000193) >>> 0;
      hash = (hash ^ (hash >>> 15)) >>> 0;
    }
  }
  return hash >>> 0;
}
