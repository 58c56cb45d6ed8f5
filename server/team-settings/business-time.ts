import { minutesOf, type BusinessCalendar } from '../../shared/schemas/team-settings.ts';
import { DAY } from '../../shared/time-zone.ts';
import { zoneOffsets, type ZoneOffsets } from './zone-offsets.ts';

/**
 * Business-time arithmetic: how much open time lies between two instants, and when a given amount
 * of open time has passed. An instant is open when its local wall-clock time in the calendar's zone
 * falls in one of that weekday's intervals and its local date is not a holiday. So a DST change
 * moves opening hours in UTC, a skipped hour (clocks forward) is never open, and a repeated hour
 * (clocks back) is open both times when the interval covers it.
 *
 * Both functions run inside SQLite triggers on every ticket and chat write (and over a million rows
 * in a rebuild), so they walk local days (O(days spanned)) over a calendar compiled once per
 * calendar object, read zone offsets from a per-zone cache (no Intl call on the hot path) and
 * reuse one buffer instead of allocating per day.
 */
const MINUTE = 60_000;

interface Compiled {
  zone: ZoneOffsets;
  /** Per weekday (0 = Monday): [open, close, open, close, …] in ms after local midnight, sorted. */
  week: number[][];
  /** Local dates closed all day, as days since 1970-01-01. */
  holidays: Set<number>;
  /** Whether the calendar opens at all (one that never does has no due time). */
  opens: boolean;
  /** The open stretches of the day being looked at, as UTC instants [from, to, …] in time order (reused). */
  pieces: Float64Array;
}

const compiled = new WeakMap<BusinessCalendar, Compiled>();

/** 'YYYY-MM-DD' as days since 1970-01-01. */
const dayNumber = (date: string) => {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY;
};

/** 1970-01-01 was a Thursday (3 when Monday is 0). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

function compile(calendar: BusinessCalendar): Compiled {
  let result = compiled.get(calendar);
  if (result) return result;
  const week: number[][] = [[], [], [], [], [], [], []];
  const sorted = [...calendar.week].sort((a, b) => minutesOf(a.open) - minutesOf(b.open));
  for (const interval of sorted) {
    const open = minutesOf(interval.open) * MINUTE;
    const close = minutesOf(interval.close) * MINUTE;
    if (close > open) week[interval.day]?.push(open, close);
  }
  result = {
    zone: zoneOffsets(calendar.timeZone),
    week,
    holidays: new Set(calendar.holidays.map((h) => dayNumber(h.date))),
    opens: week.some((intervals) => intervals.length > 0),
    // Each interval can split in two on a day the clocks change.
    pieces: new Float64Array(2 * Math.max(...week.map((intervals) => intervals.length))),
  };
  compiled.set(calendar, result);
  return result;
}

/** The local day (days since 1970-01-01 in the zone) `instant` falls on. */
const localDayOf = (zone: ZoneOffsets, instant: number) => Math.floor((instant + zone.offsetAt(instant)) / DAY);

/**
 * Fills `cal.pieces` with the open time of local day `day` and returns how many numbers it wrote.
 * Every instant of a local day lies within a day of its midnight read as UTC, and zones change
 * offset at most once in three days, so the offsets at both ends of that window and the change
 * between them (if any) tell exactly which instants have which local time.
 */
function openPieces(cal: Compiled, day: number): number {
  if (cal.holidays.has(day)) return 0;
  const local = cal.week[weekdayOf(day)];
  if (!local || local.length === 0) return 0;
  const { pieces } = cal;
  const midnight = day * DAY;
  const before = cal.zone.offsetAt(midnight - DAY);
  const after = cal.zone.offsetAt(midnight + 2 * DAY);
  let n = 0;
  if (before === after) {
    for (let i = 0; i < local.length; i += 2) {
      pieces[n++] = midnight + (local[i] as number) - before;
      pieces[n++] = midnight + (local[i + 1] as number) - before;
    }
    return n;
  }
  // Instants before the change read local time with `before`, from the change on with `after`.
  const change = cal.zone.changeIn(midnight - DAY, midnight + 2 * DAY) ?? midnight;
  for (const [offset, low, high] of [
    [before, Number.NEGATIVE_INFINITY, change],
    [after, change, Number.POSITIVE_INFINITY],
  ] as const) {
    for (let i = 0; i < local.length; i += 2) {
      const from = Math.max(midnight + (local[i] as number) - offset, low);
      const to = Math.min(midnight + (local[i + 1] as number) - offset, high);
      if (to > from) {
        pieces[n++] = from;
        pieces[n++] = to;
      }
    }
  }
  return n;
}

/** Milliseconds of open business time in [start, end); 0 when end ≤ start. */
export function businessMsBetween(start: number, end: number, calendar: BusinessCalendar): number {
  if (!(end > start)) return 0;
  const cal = compile(calendar);
  if (!cal.opens) return 0;
  const first = localDayOf(cal.zone, start);
  const last = localDayOf(cal.zone, end - 1);
  let total = 0;
  for (let day = first; day <= last; day += 1) {
    const n = openPieces(cal, day);
    const { pieces } = cal;
    for (let i = 0; i < n; i += 2) {
      const from = Math.max(pieces[i] as number, start);
      const to = Math.min(pieces[i + 1] as number, end);
      if (to > from) total += to - from;
    }
  }
  return total;
}

/** How far ahead addBusinessMs looks before deciding the calendar never opens again (holidays can't cover more). */
const maxDaysAhead = 366 * 20;

/**
 * The earliest instant at which `ms` of business time has passed since `start` (`start` itself for
 * 0 or less); Infinity when the calendar never opens. businessMsBetween(start, result) === ms.
 */
export function addBusinessMs(start: number, ms: number, calendar: BusinessCalendar): number {
  if (!(ms > 0)) return start;
  const cal = compile(calendar);
  if (!cal.opens) return Number.POSITIVE_INFINITY;
  let remaining = ms;
  const first = localDayOf(cal.zone, start);
  for (let day = first; day <= first + maxDaysAhead; day += 1) {
    const n = openPieces(cal, day);
    const { pieces } = cal;
    for (let i = 0; i < n; i += 2) {
      const from = Math.max(pieces[i] as number, start);
      const to = pieces[i + 1] as number;
      if (to <= from) continue;
      if (remaining <= to - from) return from + remaining;
      remaining -= to - from;
    }
  }
  return Number.POSITIVE_INFINITY;
}
