import { describe, expect, it } from 'vitest';
import { nearestRank, percentileOf } from './percentile.ts';
import { offsetAt, offsetSegments, startOfDay } from '../../shared/time-zone.ts';

const HOUR = 3600_000;

describe('time zones', () => {
  it('finds every offset change in a span, to the millisecond', () => {
    const from = Date.UTC(2024, 0, 1);
    const to = Date.UTC(2025, 0, 1);
    expect(offsetSegments('America/New_York', from, to)).toEqual([
      { until: Date.UTC(2024, 2, 10, 7), offset: -5 * HOUR }, // 02:00 EST → 03:00 EDT
      { until: Date.UTC(2024, 10, 3, 6), offset: -4 * HOUR }, // 02:00 EDT → 01:00 EST
      { until: to, offset: -5 * HOUR },
    ]);
    expect(offsetSegments('Asia/Kolkata', from, to)).toEqual([{ until: to, offset: 5.5 * HOUR }]);
  });

  it('finds local midnights, including on the day clocks change', () => {
    expect(startOfDay('2024-03-10', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 5));
    expect(startOfDay('2024-03-11', 'America/New_York')).toBe(Date.UTC(2024, 2, 11, 4));
    expect(startOfDay('2024-06-01', 'Pacific/Kiritimati')).toBe(Date.UTC(2024, 4, 31, 10));
    expect(offsetAt('UTC', Date.UTC(2024, 5, 1, 12, 0, 0, 999))).toBe(0);
  });
});

describe('nearest-rank percentiles', () => {
  it('always pick a value that occurred', () => {
    expect(percentileOf([1, 2, 3, 4], 50)).toBe(2);
    expect(percentileOf([1, 2, 3, 4, 5], 50)).toBe(3);
    expect(percentileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentileOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentileOf([7], 90)).toBe(7);
    expect(percentileOf([], 50)).toBeNull();
    expect(nearestRank(3, 50)).toBe(2);
  });
});
