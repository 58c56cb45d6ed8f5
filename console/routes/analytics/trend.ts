import type { Kpi } from '../../../shared/schemas/analytics.ts';

/**
 * A KPI's trend against the previous period, in words: never a made-up percentage. Whether "up"
 * is good depends on the figure: more CSAT is good, a longer first response is bad, more tickets
 * is neither.
 */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface Trend {
  /** "+12% from last period", "No change from last period", "No previous data". */
  text: string;
  direction: 'up' | 'down' | 'flat' | null;
  tone: 'good' | 'bad' | 'neutral';
}

/** A signed percentage: whole numbers from 10 %, one decimal below, never "+0%" for a real change. */
export function signedPercent(share: number): string {
  const percent = share * 100;
  const size = Math.abs(percent);
  const sign = percent > 0 ? '+' : percent < 0 ? '−' : '';
  if (size === 0) return '0%';
  if (size < 0.1) return `${sign}<0.1%`;
  const digits = size >= 10 ? 0 : 1;
  return `${sign}${Number(size.toFixed(digits)).toLocaleString('en-US')}%`;
}

function toneOf(direction: 'up' | 'down' | 'flat', polarity: Polarity): Trend['tone'] {
  if (direction === 'flat' || polarity === 'neutral') return 'neutral';
  return (direction === 'up') === (polarity === 'higher-is-better') ? 'good' : 'bad';
}

const missing = (kpi: Kpi): Trend | null => {
  if (kpi.previous === null) return { text: 'No previous data', direction: null, tone: 'neutral' };
  if (kpi.value === null) return { text: 'No data this period', direction: null, tone: 'neutral' };
  return null;
};

/** Relative change, as the API computes it (`change` is null when the previous value was 0 or missing). */
export function relativeTrend(kpi: Kpi, polarity: Polarity): Trend {
  const none = missing(kpi);
  if (none) return none;
  if (kpi.change === null) {
    // The previous period had 0: any percentage would be infinite, so say what happened instead.
    return kpi.value === kpi.previous
      ? { text: 'No change from last period', direction: 'flat', tone: 'neutral' }
      : { text: 'Up from 0 last period', direction: 'up', tone: toneOf('up', polarity) };
  }
  const direction = kpi.change > 0 ? 'up' : kpi.change < 0 ? 'down' : 'flat';
  if (direction === 'flat') return { text: 'No change from last period', direction, tone: 'neutral' };
  return { text: `${signedPercent(kpi.change)} from last period`, direction, tone: toneOf(direction, polarity) };
}

/** Absolute change, for ratings ("+0.2 from last period"): a percentage of a 1–5 mean says little. */
export function absoluteTrend(kpi: Kpi, polarity: Polarity, digits = 1): Trend {
  const none = missing(kpi);
  if (none || kpi.value === null || kpi.previous === null) return none ?? { text: 'No previous data', direction: null, tone: 'neutral' };
  const difference = Number((kpi.value - kpi.previous).toFixed(digits));
  if (difference === 0) return { text: 'No change from last period', direction: 'flat', tone: 'neutral' };
  const direction = difference > 0 ? 'up' : 'down';
  const sign = difference > 0 ? '+' : '−';
  return { text: `${sign}${Math.abs(difference).toFixed(digits)} from last period`, direction, tone: toneOf(direction, polarity) };
}
