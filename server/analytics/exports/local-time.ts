import { offsetAt } from '../../../shared/time-zone.ts';

// Offsets change only at whole quarter hours (UTC), so one lookup per quarter hour is exact.
const quarter = 15 * 60 * 1000;

/**
 * `ms` → the wall-clock instant in `tz`, as epoch milliseconds read as UTC ("2025-03-30 03:15" in
 * Berlin is Date.UTC(2025, 2, 30, 3, 15)). Asks Intl once per quarter hour seen, so an export of a
 * million timestamps costs a few thousand Intl calls, not millions.
 */
export function wallClock(tz: string): (ms: number) => number {
  if (tz === 'UTC' || tz === 'Etc/UTC') return (ms) => ms;
  const offsets = new Map<number, number>();
  return (ms) => {
    const key = Math.floor(ms / quarter);
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = offsetAt(tz, ms);
      offsets.set(key, offset);
    }
    return ms + offset;
  };
}

const day = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const minuteTexts = Array.from({ length: 1440 }, (_, minute) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`);

/**
 * `ms` as "YYYY-MM-DD HH:MM" in `tz` (what a spreadsheet reads as a date and time); null stays
 * null. Day texts are kept per day and minute texts are a table: no Date object per call.
 */
export function localTimeText(tz: string): (ms: number | null) => string | null {
  const toWall = wallClock(tz);
  const dayTexts = new Map<number, string>();
  return (ms) => {
    if (ms === null) return null;
    const wall = toWall(ms);
    const dayNumber = Math.floor(wall / day);
    let dayText = dayTexts.get(dayNumber);
    if (dayText === undefined) {
      dayText = `${new Date(dayNumber * day).toISOString().slice(0, 10)} `;
      dayTexts.set(dayNumber, dayText);
    }
    return dayText + minuteTexts[Math.floor((wall - dayNumber * day) / 60_000)];
  };
}
