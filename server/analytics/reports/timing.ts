import type { ReportFrequency } from '../../../shared/schemas/reports.ts';
import { HOUR, offsetAt } from '../../../shared/time-zone.ts';

/** When a schedule sends: its frequency, the day (weekday 0 = Monday, or day of month) and hour, in `tz`. */
export interface Timing {
  frequency: ReportFrequency;
  weekday: number | null;
  dayOfMonth: number | null;
  hour: number;
  tz: string;
}

/**
 * The instant the wall-clock time `year-month-day hour:00` happens in `tz`. Around a DST change
 * a local hour can happen twice (autumn: the first one is taken) or not at all (spring: the
 * instant the clocks jump to, e.g. 02:00 in Berlin on the last Sunday of March is 03:00 CEST).
 */
export function zonedHour(year: number, month: number, day: number, hour: number, tz: string): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  // The instant is within ±14 h of the wall time read as UTC; one DST change at most lies between.
  const offsets = [...new Set([offsetAt(tz, wall - 14 * HOUR), offsetAt(tz, wall + 14 * HOUR)])];
  const valid = offsets.map((offset) => wall - offset).filter((instant) => instant + offsetAt(tz, instant) === wall);
  if (valid.length) return Math.min(...valid);
  // In the gap: read the wall time with the offset from before the change.
  return wall - Math.min(...offsets);
}

/** Y, M, D and weekday (0 = Monday) of the calendar day in `tz` at `instant`. */
function localDate(instant: number, tz: string): { year: number; month: number; day: number } {
  const local = new Date(instant + offsetAt(tz, instant));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

const mondayFirst = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/**
 * The first slot of the schedule strictly after `after`, in its zone: daily at `hour`, weekly on
 * `weekday` at `hour`, monthly on `dayOfMonth` (1–28, so every month has it) at `hour`.
 */
export function nextSlot(timing: Timing, after: number): number {
  const start = localDate(after, timing.tz);
  // 62 days reach the next monthly slot from any day; walking calendar days keeps DST out of the arithmetic.
  for (let offset = 0; offset <= 62; offset += 1) {
    const date = new Date(Date.UTC(start.year, start.month - 1, start.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (timing.frequency === 'weekly' && mondayFirst(year, month, day) !== timing.weekday) continue;
    if (timing.frequency === 'monthly' && day !== timing.dayOfMonth) continue;
    const instant = zonedHour(year, month, day, timing.hour, timing.tz);
    if (instant > after) return instant;
  }
  throw new Error(`no slot within 62 days for ${JSON.stringify(timing)}`);
}
