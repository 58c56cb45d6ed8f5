import type { AnalyticsRange, DashboardQueryParsed } from '../../shared/schemas/analytics.ts';
import { DAY, nextDay, startOfDay } from '../../shared/time-zone.ts';

/** Half-open [from, to) in epoch milliseconds: a ticket created exactly at `to` is the next period's. */
export interface Span {
  from: number;
  to: number;
}

export interface AnalyticsWindow {
  current: Span;
  /** The span of the same length that ends where `current` begins. */
  previous: Span;
  tz: string;
}

const rangeDays: Record<AnalyticsRange, number> = { '7d': 7, '30d': 30, '90d': 90, '365d': 365 };

/**
 * Presets are rolling (the last N × 24 h up to now), so "last 7 days" always compares a full week
 * with a full week; custom ranges are whole calendar days in `tz`, `to` included.
 */
export function resolveWindow(query: DashboardQueryParsed, now: number): AnalyticsWindow {
  const current =
    query.from && query.to
      ? { from: startOfDay(query.from, query.tz), to: startOfDay(nextDay(query.to), query.tz) }
      : { from: now - rangeDays[query.range ?? '30d'] * DAY, to: now };
  const length = current.to - current.from;
  return { current, previous: { from: current.from - length, to: current.from }, tz: query.tz };
}
