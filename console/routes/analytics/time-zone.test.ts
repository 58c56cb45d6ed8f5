import { describe, expect, it } from 'vitest';
import { addDays, dayOf, daySpan, startOfDay } from './time-zone.ts';

describe('calendar days in a time zone', () => {
  const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];
  // DST changes and ordinary days.
  const days = ['2025-03-09', '2025-03-30', '2025-10-26', '2025-11-02', '2025-04-06', '2025-10-05', '2024-02-29', '2025-07-14'];

  it('starts each day at an instant that falls on that day, and not a moment earlier', () => {
    for (const tz of zones) {
      for (const day of days) {
        expect(dayOf(startOfDay(day, tz), tz)).toBe(day);
        expect(dayOf(startOfDay(day, tz) - 1, tz)).toBe(addDays(day, -1));
      }
    }
  });

  it('gives a day as the half-open span of its instants, 23 or 25 hours on DST days', () => {
    expect(daySpan('2025-03-30', 'Europe/Paris')).toEqual({ from: '2025-03-29T23:00:00.000Z', to: '2025-03-30T22:00:00.000Z' });
    expect(daySpan('2025-10-26', 'Europe/Paris')).toEqual({ from: '2025-10-25T22:00:00.000Z', to: '2025-10-26T23:00:00.000Z' });
    expect(daySpan('2025-03-03', 'UTC')).toEqual({ from: '2025-03-03T00:00:00.000Z', to: '2025-03-04T00:00:00.000Z' });
  });

  it('finds the local day of an instant', () => {
    expect(dayOf(Date.parse('2025-03-04T23:30:00Z'), 'Europe/Paris')).toBe('2025-03-05');
    expect(dayOf(Date.parse('2025-03-04T23:30:00Z'), 'UTC')).toBe('2025-03-04');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });
});
