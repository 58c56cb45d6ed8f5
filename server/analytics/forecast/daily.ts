import { sql } from 'drizzle-orm';
import type { DailyCount } from '../../../shared/schemas/analytics-extra.ts';
import type { Db } from '../../db/open.ts';
import { analyticsTicketQuarters } from '../../db/schema.ts';
import type { Span } from '../range.ts';
import { DAY, dayOf, nextDay, startOfDay } from '../../../shared/time-zone.ts';
import { rollupReader } from '../rollups/rollup-reader.ts';
import { QUARTER } from '../rollups/split.ts';

/**
 * Tickets created per calendar day in any time zone, from the quarter-hour rollup
 * (`analytics_ticket_quarters`, quarter = ⌊created_at / 900 000⌋, kept by the database's
 * triggers). Every zone in use today is offset from UTC by a whole number of quarter hours
 * (India +5:30, Nepal +5:45, Chatham +12:45), so a local day is exactly a run of quarters and the
 * sum is the same count as `ticketCreated` over the rows (checked in daily.test.ts).
 */

/**
 * Tickets created on each calendar day in `tz` within `span`, whose ends must be local midnights
 * (from `startOfDay`). Every day is listed, days without tickets as 0.
 */
export function dailyCreated(db: Db, span: Span, tz: string): DailyCount[] {
  const byDay = rollupReader(db).local(span, tz, 'day');
  const days: DailyCount[] = [];
  for (let day = dayOf(span.from, tz); startOfDay(day, tz) < span.to; day = nextDay(day)) {
    days.push({ day, created: byDay.get(Date.parse(day) / DAY)?.created ?? 0 });
  }
  return days;
}

/** When the first ticket was created, to a quarter hour; null when there are none. */
export function firstCreatedAt(db: Db): number | null {
  const row = db.get<{ quarter: number | null }>(
    sql`select min(${analyticsTicketQuarters.quarter}) as quarter from ${analyticsTicketQuarters} where ${analyticsTicketQuarters.created} > 0`,
  );
  return row.quarter === null ? null : row.quarter * QUARTER;
}
