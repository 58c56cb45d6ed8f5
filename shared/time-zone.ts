/**
 * Time-zone arithmetic with nothing but Intl: offsets of an IANA zone at an instant, local
 * midnights, and the stretches of constant offset inside a span (so SQL can turn UTC
 * milliseconds into local wall-clock time with a CASE instead of a per-row function call).
 */
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

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

/** Local time minus UTC at `instant`, in milliseconds (New York in winter: −5 h). */
export function offsetAt(tz: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(tz).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const local = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return local - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day (`YYYY-MM-DD`) begins in `tz`. */
export function startOfDay(day: string, tz: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  const wallClock = Date.UTC(year, month - 1, date);
  const guess = wallClock - offsetAt(tz, wallClock);
  // The offset at the guess can differ from the one at wall-clock-as-UTC near a DST change.
  return wallClock - offsetAt(tz, guess);
}

/** `day` (`YYYY-MM-DD`) moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

export const nextDay = (day: string): string => addDays(day, 1);

/** The calendar day `YYYY-MM-DD` that `instant` falls on in `tz`. */
export function dayOf(instant: number, tz: string): string {
  return new Date(instant + offsetAt(tz, instant)).toISOString().slice(0, 10);
}

/** A stretch of time with one offset: from the previous segment's `until` (or −∞) up to `until`. */
export interface OffsetSegment {
  until: number;
  offset: number;
}

/**
 * The offsets in force during [from, to): the last segment's `until` is `to`. Zones change offset
 * at most a few times a year, so a daily probe plus a binary search finds every change cheaply.
 */
export function offsetSegments(tz: string, from: number, to: number): OffsetSegment[] {
  const segments: OffsetSegment[] = [];
  let offset = offsetAt(tz, from);
  let start = from; // where the current offset is known to hold
  let probe = from;
  while (probe < to - 1) {
    probe = Math.min(probe + DAY, to - 1);
    if (offsetAt(tz, probe) === offset) continue;
    let low = Math.max(probe - DAY, start); // still the old offset
    let high = probe; // already a new one
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetAt(tz, middle) === offset) low = middle;
      else high = middle;
    }
    segments.push({ until: high, offset });
    offset = offsetAt(tz, high);
    start = probe = high;
  }
  segments.push({ until: to, offset });
  return segments;
}
