import type { DurationKpis, Kpi, RatingKpis } from '../../shared/schemas/analytics.ts';
import type { Percentiles, Totals } from './reader.ts';

type DurationStats = Totals & Percentiles;
type RatingStats = Totals;

/** Relative change, or null when there is nothing honest to compare with (no value, or 0 before). */
export function kpi(value: number | null, previous: number | null): Kpi {
  const change = value === null || previous === null || previous === 0 ? null : (value - previous) / previous;
  return { value, previous, change };
}

/** part / whole, or null for an empty whole: "0 % of nothing" is not 0 %. */
export const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

export const meanOf = (stats: { count: number; sum: number }): number | null => ratio(stats.sum, stats.count);

export function durationKpis(current: DurationStats, previous: DurationStats): DurationKpis {
  return {
    count: kpi(current.count, previous.count),
    mean: kpi(meanOf(current), meanOf(previous)),
    median: kpi(current.median, previous.median),
    p90: kpi(current.p90, previous.p90),
  };
}

export function ratingKpis(current: RatingStats, previous: RatingStats): RatingKpis {
  return { mean: kpi(meanOf(current), meanOf(previous)), count: kpi(current.count, previous.count) };
}

