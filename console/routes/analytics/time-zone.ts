/**
 * Calendar days in a time zone, with nothing but Intl (the server's analytics/time-zone.ts does
 * the same; time-zone.test.ts holds the two to the same answers).
 */

/** The browser's IANA zone, which the page sends as `tz`. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, formatter);
  }
  return formatter;
}

/** The wall clock in `tz` at `instant`, as if it were UTC (so its UTC fields are the local ones). */
function wallClock(tz: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(tz).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
}

const offsetAt = (tz: string, instant: number) => wallClock(tz, instant) - Math.floor(instant / 1000) * 1000;

const parseDay = (day: string) => {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, date };
};

/** The instant (epoch ms) a calendar day `YYYY-MM-DD` begins in `tz`. */
export function startOfDay(day: string, tz: string): number {
  const { year, month, date } = parseDay(day);
  const wall = Date.UTC(year, month - 1, date);
  const guess = wall - offsetAt(tz, wall);
  // Near a DST change the offset at the guess can differ from the one at wall-clock-as-UTC.
  return wall - offsetAt(tz, guess);
}

/** `day` moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const { year, month, date } = parseDay(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The calendar day `YYYY-MM-DD` that `instant` falls on in `tz`. */
export function dayOf(instant: number, tz: string): string {
  return new Date(wallClock(tz, instant)).toISOString().slice(0, 10);
}

/** A calendar day in `tz` as the half-open span of instants `[from, to)`, ISO strings. */
export function daySpan(day: string, tz: string): { from: string; to: string } {
  return { from: new Date(startOfDay(day, tz)).toISOString(), to: new Date(startOfDay(addDays(day, 1), tz)).toISOString() };
}
