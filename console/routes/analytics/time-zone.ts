import { addDays, startOfDay } from '../../../shared/time-zone.ts';

export { addDays, dayOf, startOfDay } from '../../../shared/time-zone.ts';

/** The browser's IANA zone, which the page sends as `tz`. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A calendar day in `tz` as the half-open span of instants `[from, to)`, ISO strings. */
export function daySpan(day: string, tz: string): { from: string; to: string } {
  return { from: new Date(startOfDay(day, tz)).toISOString(), to: new Date(startOfDay(addDays(day, 1), tz)).toISOString() };
}
