import { sql, type SQL } from 'drizzle-orm';
import type { DailyCount } from '../../../shared/schemas/analytics-extra.ts';
import type { Db } from '../../db/open.ts';
import { analyticsTicketQuarters } from '../../db/schema.ts';
import type { Span } from '../range.ts';
import { DAY, nextDay, offsetAt, offsetSegments, startOfDay } from '../../../shared/time-zone.ts';

/**
 * Tickets created per calendar day in any time zone, from the quarter-hour rollup
 * (`analytics_ticket_quarters`, quarter = ⌊created_at / 900 000⌋, kept by the database's
 * triggers). Every zone in use today is offset from UTC by a whole number of quarter hours
 * (India +5:30, Nepal +5:45, Chatham +12:45), so a local day is exactly a run of quarters and the
 * sum is the same count as `ticketCreated` over the rows (checked in daily.test.ts).
 */

export const QUARTER = 15 * 60 * 1000;

/** The calendar day (`YYYY-MM-DD`) in `tz` at `instant`. */
export function localDay(instant: number, tz: string): string {
  return new Date(instant + offsetAt(tz, instant)).toISOString().slice(0, 10);
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: string, days: number): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The local day number (days since 1970-01-01 in `tz`) of a quarter, as SQL: one CASE branch per offset. */
function localDayNumber(quarter: SQL, tz: string, span: Span): SQL {
  const start = sql`(${quarter} * ${sql.raw(String(QUARTER))})`;
  const segments = offsetSegments(tz, span.from, span.to);
  const last = segments.at(-1)?.offset ?? 0;
  const shifted =
    segments.length === 1
      ? sql`${start} + ${sql.raw(String(last))}`
      : sql`(case ${sql.join(
          segments.slice(0, -1).map(({ until, offset }) => sql`when ${start} < ${sql.raw(String(until))} then ${start} + ${sql.raw(String(offset))}`),
          sql` `,
        )} else ${start} + ${sql.raw(String(last))} end)`;
  return sql`(${shifted}) / ${sql.raw(String(DAY))}`;
}

/**
 * Tickets created on each calendar day in `tz` within `span`, whose ends must be local midnights
 * (from `startOfDay`). Every day is listed, days without tickets as 0.
 */
export function dailyCreated(db: Db, span: Span, tz: string): DailyCount[] {
  const quarter = sql`${analyticsTicketQuarters.quarter}`;
  const rows = db.all<{ day: number; created: number }>(sql`
    select ${localDayNumber(quarter, tz, span)} as day, sum(${analyticsTicketQuarters.created}) as created
    from ${analyticsTicketQuarters}
    where ${quarter} >= ${Math.ceil(span.from / QUARTER)} and ${quarter} < ${Math.ceil(span.to / QUARTER)}
    group by day`);
  const byDay = new Map(rows.map((row) => [row.day, row.created]));
  const days: DailyCount[] = [];
  for (let day = localDay(span.from, tz); startOfDay(day, tz) < span.to; day = nextDay(day)) {
    days.push({ day, created: byDay.get(Date.parse(day) / DAY) ?? 0 });
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
