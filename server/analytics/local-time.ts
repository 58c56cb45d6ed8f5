import type { Span } from './range.ts';
import type { LocalUnit, QuarterCounts } from './reader.ts';
import { QUARTER } from './rollups/split.ts';
import { DAY, HOUR, offsetSegments } from '../../shared/time-zone.ts';

/*
 * Quarter-hour counts folded into local time. Every zone's offset is a whole number of quarter
 * hours and changes on a quarter-hour boundary, so a quarter's local time is its start's.
 * Keys: `day` — the local calendar day as days since 1970-01-01; `weekday-hour` — weekday × 24 +
 * hour, Monday 0 (1 January 1970 was a Thursday, hence the + 3).
 */

/** SQL: the local key of a UTC instant given as SQL, with one CASE branch per offset the zone had in the span. */
export function sqlLocalKey(instant: string, tz: string, span: Span, unit: LocalUnit): string {
  const segments = offsetSegments(tz, span.from, span.to);
  const last = segments.at(-1)?.offset ?? 0;
  const offset =
    segments.length === 1
      ? String(last)
      : `(case ${segments
          .slice(0, -1)
          .map(({ until, offset }) => `when ${instant} < ${until} then ${offset}`)
          .join(' ')} else ${last} end)`;
  const local = `(${instant} + ${offset})`;
  return unit === 'day' ? `(${local} / ${DAY})` : `(((${local} / ${DAY}) + 3) % 7 * 24 + (${local} % ${DAY}) / ${HOUR})`;
}

/** JS: the same folding for quarter counts already in memory. */
export function foldQuarters(quarters: Map<number, QuarterCounts>, tz: string, span: Span, unit: LocalUnit): Map<number, QuarterCounts> {
  const segments = offsetSegments(tz, span.from, span.to);
  const result = new Map<number, QuarterCounts>();
  for (const [quarter, counts] of quarters) {
    const at = quarter * QUARTER;
    const local = at + (segments.find((segment) => at < segment.until)?.offset ?? segments.at(-1)?.offset ?? 0);
    const key = unit === 'day' ? Math.floor(local / DAY) : ((Math.floor(local / DAY) + 3) % 7) * 24 + Math.floor((local % DAY) / HOUR);
    const into = result.get(key) ?? { created: 0, resolved: 0 };
    result.set(key, { created: into.created + counts.created, resolved: into.resolved + counts.resolved });
  }
  return result;
}

const isoDay = (dayNumber: number) => new Date(dayNumber * DAY).toISOString().slice(0, 10);

/** Created and resolved per local calendar day, every day of the span listed (zeros included). */
export function dailyVolume(byDay: Map<number, QuarterCounts>, tz: string, span: Span) {
  const segments = offsetSegments(tz, span.from, span.to);
  const first = Math.floor((span.from + (segments[0]?.offset ?? 0)) / DAY);
  const last = Math.floor((span.to - 1 + (segments.at(-1)?.offset ?? 0)) / DAY);
  const days = [];
  for (let day = first; day <= last; day += 1) {
    const counts = byDay.get(day) ?? { created: 0, resolved: 0 };
    days.push({ day: isoDay(day), created: counts.created, resolved: counts.resolved });
  }
  return days;
}

/** Tickets created, `[weekday][hour]`, Monday first. */
export function peakHours(byWeekdayHour: Map<number, QuarterCounts>): number[][] {
  return Array.from({ length: 7 }, (_, weekday) => Array.from({ length: 24 }, (_, hour) => byWeekdayHour.get(weekday * 24 + hour)?.created ?? 0));
}
