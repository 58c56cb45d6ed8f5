import { describe, expect, it } from 'vitest';
import { nextSlot, zonedHour } from './timing.ts';

const utc = (iso: string) => Date.parse(iso);
const at = (ms: number) => new Date(ms).toISOString();

describe('report timing', () => {
  it('turns a local hour into the instant it happens, across DST changes', () => {
    // Berlin: CET (+1) in winter, CEST (+2) in summer.
    expect(at(zonedHour(2025, 1, 15, 9, 'Europe/Berlin'))).toBe('2025-01-15T08:00:00.000Z');
    expect(at(zonedHour(2025, 7, 15, 9, 'Europe/Berlin'))).toBe('2025-07-15T07:00:00.000Z');
    // 30 March 2025, 02:00 does not exist in Berlin (clocks jump to 03:00): the jump's instant.
    expect(at(zonedHour(2025, 3, 30, 2, 'Europe/Berlin'))).toBe('2025-03-30T01:00:00.000Z');
    // 26 October 2025, 02:00 happens twice in Berlin: the first one (still CEST).
    expect(at(zonedHour(2025, 10, 26, 2, 'Europe/Berlin'))).toBe('2025-10-26T00:00:00.000Z');
    // New York, 2 November 2025, 01:00 happens twice: the first (EDT, −4).
    expect(at(zonedHour(2025, 11, 2, 1, 'America/New_York'))).toBe('2025-11-02T05:00:00.000Z');
    // New York, 9 March 2025, 02:00 does not exist: 03:00 EDT.
    expect(at(zonedHour(2025, 3, 9, 2, 'America/New_York'))).toBe('2025-03-09T07:00:00.000Z');
    // Half-hour zones.
    expect(at(zonedHour(2025, 6, 1, 9, 'Asia/Kolkata'))).toBe('2025-06-01T03:30:00.000Z');
  });

  it('finds the next daily slot, keeping local 09:00 through a DST change', () => {
    const daily = { frequency: 'daily' as const, weekday: null, dayOfMonth: null, hour: 9, tz: 'Europe/Berlin' };
    expect(at(nextSlot(daily, utc('2025-03-29T07:59:00Z')))).toBe('2025-03-29T08:00:00.000Z');
    expect(at(nextSlot(daily, utc('2025-03-29T08:00:00Z')))).toBe('2025-03-30T07:00:00.000Z');
    expect(at(nextSlot(daily, utc('2025-10-25T07:00:00Z')))).toBe('2025-10-26T08:00:00.000Z');
  });

  it('finds the next weekly slot on its weekday (0 = Monday) and the next monthly one on its day', () => {
    const weekly = { frequency: 'weekly' as const, weekday: 0, dayOfMonth: null, hour: 8, tz: 'America/New_York' };
    // Wednesday 4 June 2025 → Monday 9 June, 08:00 EDT.
    expect(at(nextSlot(weekly, utc('2025-06-04T12:00:00Z')))).toBe('2025-06-09T12:00:00.000Z');
    // Monday 9 June 07:59 EDT → the same day.
    expect(at(nextSlot(weekly, utc('2025-06-09T11:59:00Z')))).toBe('2025-06-09T12:00:00.000Z');
    const sunday = { ...weekly, weekday: 6 };
    expect(new Date(nextSlot(sunday, utc('2025-06-04T12:00:00Z'))).getUTCDay()).toBe(0);

    const monthly = { frequency: 'monthly' as const, weekday: null, dayOfMonth: 28, hour: 23, tz: 'Pacific/Auckland' };
    // Auckland is +12 in June: 28 June 23:00 local is 28 June 11:00 UTC.
    expect(at(nextSlot(monthly, utc('2025-06-01T00:00:00Z')))).toBe('2025-06-28T11:00:00.000Z');
    // Just after it: the 28th of July (still +12).
    expect(at(nextSlot(monthly, utc('2025-06-28T11:00:00Z')))).toBe('2025-07-28T11:00:00.000Z');
    // February has a 28th too.
    const first = { ...monthly, dayOfMonth: 1, hour: 0, tz: 'UTC' };
    expect(at(nextSlot(first, utc('2025-01-31T12:00:00Z')))).toBe('2025-02-01T00:00:00.000Z');
  });
});
