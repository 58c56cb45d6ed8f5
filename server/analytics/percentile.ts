/*
 * Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at 1-based
 * rank ceil(p/100 × n). It is always a value that occurred (no interpolation), so the median of
 * 1, 2, 3, 4 is 2, and p90 of ten values is the 9th.
 */

export function nearestRank(n: number, p: number): number {
  return Math.ceil((p * n) / 100);
}

/** The JS form, for tests and in-memory figures: `sorted` ascending. */
export function percentileOf(sorted: readonly number[], p: number): number | null {
  return sorted.length ? (sorted[nearestRank(sorted.length, p) - 1] ?? null) : null;
}

/**
 * The SQL form over a ranked set with columns `v`, `rn` (row_number by v) and `cnt` (count over
 * the set): integer arithmetic for the ceiling, so it needs no math extension.
 */
export const sqlPercentile = (p: number): string => `max(case when rn = (cnt * ${p} + 99) / 100 then v end)`;
