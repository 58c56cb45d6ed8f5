import type { TicketAnalytics } from '../../shared/schemas/analytics.ts';
import { ticketPriorities } from '../../shared/schemas/tickets.ts';
import type { Db } from '../db/open.ts';
import { categoryMix, channelMix, rangeOf } from './dashboard.ts';
import { meanOf, ratio } from './kpi.ts';
import { slaOverdue } from './live-figures.ts';
import { dailyVolume, peakHours } from './local-time.ts';
import type { AnalyticsWindow } from './range.ts';
import type { AnalyticsReader } from './reader.ts';
import { binBounds } from './rollups/bins.ts';
import { HOUR } from '../../shared/time-zone.ts';
import { noTicketTotals } from './totals.ts';

/** The resolution-time chart's buckets; every boundary is a bin boundary (rollups/bins.ts), so the counts are exact. */
export const resolutionBuckets = [
  { label: '< 1 h', fromMs: 0, toMs: HOUR },
  { label: '1–4 h', fromMs: HOUR, toMs: 4 * HOUR },
  { label: '4–8 h', fromMs: 4 * HOUR, toMs: 8 * HOUR },
  { label: '8–24 h', fromMs: 8 * HOUR, toMs: 24 * HOUR },
  { label: '1–3 d', fromMs: 24 * HOUR, toMs: 72 * HOUR },
  { label: '3–7 d', fromMs: 72 * HOUR, toMs: 168 * HOUR },
  { label: '> 7 d', fromMs: 168 * HOUR, toMs: null },
] as const;

export function buildTicketAnalytics(reader: AnalyticsReader, db: Db, window: AnalyticsWindow, now: number): TicketAnalytics {
  const { current, previous, tz } = window;
  const histogram = reader.histogram('resolution', current);
  const byPriority = reader.tickets(current, 'priority');
  const overdue = slaOverdue(db, current, now, 'priority');
  return {
    range: rangeOf(window),
    volume: dailyVolume(reader.local(current, tz, 'day'), tz, current),
    previousVolume: dailyVolume(reader.local(previous, tz, 'day'), tz, previous),
    resolutionTimes: resolutionBuckets.map((bucket) => ({
      ...bucket,
      tickets: [...histogram].reduce((total, [bin, n]) => {
        const { from } = binBounds(bin);
        return from >= bucket.fromMs && (bucket.toMs === null || from < bucket.toMs) ? total + n : total;
      }, 0),
    })),
    priorities: [...ticketPriorities].reverse().map((priority) => {
      const totals = byPriority.get(priority) ?? noTicketTotals();
      const breached = totals.slaLate + (overdue.get(priority) ?? 0);
      return {
        priority,
        created: totals.created,
        slaMet: totals.slaMet,
        slaBreached: breached,
        slaCompliance: ratio(totals.slaMet, totals.slaMet + breached),
        meanFirstResponseMs: meanOf(totals.firstResponse),
        meanResolutionMs: meanOf(totals.resolution),
      };
    }),
    channels: channelMix(reader, current),
    categories: categoryMix(reader, current),
    peakHours: peakHours(reader.local(current, tz, 'weekday-hour')),
  };
}
